import { describe, expect, it } from 'vitest';
import { citedOutlets } from '../../../src/lib/import/citations.ts';

describe('citedOutlets', () => {
  it('finds the seed’s two sources in order', () => {
    expect(
      citedOutlets([
        'Melansir dari Newsweek, Rabu, 1 Februari 2023, Lavrov mengatakan pesan itu disampaikan kepadanya.',
        'Menurut TASS, outlet lain yang dikendalikan Kremlin, Lavrov mengatakan pesan Blinken menyatakan bahwa Rusia harus menghentikan perang.',
      ]),
    ).toEqual(['Newsweek', 'TASS']);
  });

  it('recognizes each Indonesian citing verb', () => {
    expect(citedOutlets(['Seperti dilansir Reuters, Lavrov berbicara.'])).toEqual(['Reuters']);
    expect(citedOutlets(['Hal itu dilansir dari laman resmi KOMPAS.com.'])).toEqual(['KOMPAS.com']);
    expect(citedOutlets(['Mengutip Al Jazeera, pesan itu dikirim lewat Mesir.'])).toEqual(['Al Jazeera']);
    expect(citedOutlets(['Pesan itu, dikutip dari CNN Indonesia, dikirim lewat Mesir.'])).toEqual(['CNN Indonesia']);
    expect(citedOutlets(['Menurut laporan Bloomberg, pesan itu dikirim lewat Mesir.'])).toEqual(['Bloomberg']);
  });

  it('recognizes English citations', () => {
    expect(citedOutlets(['According to The New York Times, the message came through Egypt.'])).toEqual(['The New York Times']);
    expect(citedOutlets(['The message came through Egypt, according to a report by Voice of America.'])).toEqual(['Voice of America']);
    expect(citedOutlets(['Newsweek reported on Wednesday that the message came through Egypt.'])).toEqual(['Newsweek']);
    expect(citedOutlets(['Lavrov said so, The Washington Post reported.'])).toEqual(['The Washington Post']);
  });

  it('names each outlet once, in order of first mention across paragraphs', () => {
    expect(citedOutlets(['Menurut TASS, x.', 'Melansir dari Newsweek, y.', 'Menurut TASS, z.'])).toEqual(['TASS', 'Newsweek']);
  });

  it('does not take people for outlets after Menurut or according to', () => {
    expect(citedOutlets(['Sergey Lavrov berbicara. Menurut Lavrov, Barat akan kalah.'])).toEqual([]);
    expect(citedOutlets(['According to Jens Stoltenberg, Russia must lose.'])).toEqual([]);
    expect(citedOutlets(['Barat akan kalah, menurutnya.', 'menurut dia, Barat akan kalah.'])).toEqual([]);
  });

  it('finds nothing in a story that cites no one', () => {
    expect(citedOutlets(['Blinken baru-baru ini bertemu dengan Shoukry saat mengunjungi ibu kota Mesir, Kairo.'])).toEqual([]);
  });
});
