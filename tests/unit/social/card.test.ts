import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/social/card-size.ts';
import { renderSocialCard, type SocialCardInput } from '../../../src/lib/social/card.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const seed: SocialCardInput = {
  title: 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS',
  section: 'Dunia',
  siteName: 'Warta',
  date: 'Rabu, 1 Februari 2023',
};

/** Width and height from the IHDR chunk, which always follows the 8-byte signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderSocialCard(seed);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws the headline: two headlines give two pictures', async () => {
    const [one, other] = await Promise.all([renderSocialCard(seed), renderSocialCard({ ...seed, title: 'Gempa Guncang Cianjur' })]);
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });

  it('fits a 300-character headline, long names and no date into the card', async () => {
    const png = await renderSocialCard({
      title: 'Menko Airlangga: Indonesia Siap Mengakselerasi Pertumbuhan Ekonomi '.repeat(5).slice(0, 300),
      section: 'Ekonomi dan Bisnis Internasional Kawasan Asia Tenggara dan Pasifik',
      siteName: 'Harian Warta Nusantara Raya Edisi Digital dengan Nama Panjang',
    });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('draws markup in a headline as text', async () => {
    const png = await renderSocialCard({ ...seed, title: '</script><img src=x onerror=alert(1)> & "Łódź"' });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });
});
