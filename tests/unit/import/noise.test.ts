import { describe, expect, it } from 'vitest';
import { matchNoise, NOISE_RULES } from '../../../src/lib/import/noise.ts';

describe('matchNoise', () => {
  it('names the rule for each kind of page furniture the outlets’ scrapes show', () => {
    const examples: Record<string, string[]> = {
      'ad marker': ['ADVERTISEMENT', 'Advertisement', '-- Advertisement --'],
      'scroll prompt': ['SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO RESUME CONTENT', 'Scroll ke bawah untuk melanjutkan membaca'],
      'embed placeholder': ['[Gambas:Video 20detik]', '[Gambas:Video CNN]', '[Gambas:Photo CNN]'],
      'video link': ['Lihat juga Video: Angga Raka Dilantik', 'Simak Video: Banjir Jakarta', 'Enam+00:59VIDEO: Viral Emak-Emak Ngamuk'],
      'channel invitation': ['Ikuti Whatsapp Channel detikcom', 'Ikuti berita terkini dari Kompas.com di Google News'],
      'app promotion': ['Download aplikasi detikcom sekarang', 'Unduh aplikasi Liputan6'],
      'image zoom button': ['Perbesar'],
      'read-more link': ['Baca berita lengkapnyadi sini.', 'Baca berita selengkapnya di sini'],
      'copyright line': ['COPYRIGHT © ANTARA 2021', 'Copyright © ANTARA 2026'],
    };
    for (const [rule, lines] of Object.entries(examples)) for (const line of lines) expect(matchNoise(line)?.name, line).toBe(rule);
    expect(new Set(NOISE_RULES.map((rule) => rule.name))).toEqual(new Set(Object.keys(examples)));
  });

  it('leaves story text that mentions the same words', () => {
    for (const line of [
      'Advertisement revenue fell by half.',
      'Iklan itu tayang di televisi nasional pada Senin.',
      'Ikuti perkembangan kasus ini bersama kami.',
      'Warga diminta download aplikasi PeduliLindungi, kata Budi.',
      'Lihat juga video yang beredar di media sosial, ujarnya.',
      'Perbesar volume suara, kata teknisi itu.',
    ]) {
      expect(matchNoise(line), line).toBeUndefined();
    }
  });
});
