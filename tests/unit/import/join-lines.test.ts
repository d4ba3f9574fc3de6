import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/lib/import/lines.ts';
import { toUnits } from '../../../src/lib/import/units.ts';
import { readSeed } from './support.ts';

const unitsOf = (...lines: string[]): string[] =>
  toUnits(toLines(['Judul Berita', ...lines].join('\n')))
    .map((unit) => unit.text)
    .slice(1);

describe('joining sentences broken over lines', () => {
  it('joins link texts put on lines of their own back into their sentence', () => {
    expect(unitsOf('memastikan adanya korban tewas di', 'Mako Brimob', ', Kelapa Dua,', 'Depok', ', Jawa Barat.')).toEqual([
      'memastikan adanya korban tewas di Mako Brimob, Kelapa Dua, Depok, Jawa Barat.',
    ]);
    expect(unitsOf('Menurut Kepala Badan Penanggulangan Bencana Daerah', 'Kota Bandung', ', posko dibuka selama 24 jam', '.')).toEqual([
      'Menurut Kepala Badan Penanggulangan Bencana Daerah Kota Bandung, posko dibuka selama 24 jam.',
    ]);
    expect(unitsOf('Karo Penmas Divisi Humas Polri Brigjen Pol', 'Mohammad Iqbal', 'memastikan adanya korban.')).toEqual([
      'Karo Penmas Divisi Humas Polri Brigjen Pol Mohammad Iqbal memastikan adanya korban.',
    ]);
  });

  it('keeps apart what is not certainly one sentence', () => {
    // A long line after `… di` is a paragraph whose link the scraper dropped.
    const dropped = ['tersangka tewas usai baku tembak dengan aparat di', 'Polisi berhasil menangkap pelaku penembakan Bripka Arya. Pelaku tewas.'];
    expect(unitsOf(...dropped)).toEqual(dropped);
    // Sentences, headlines between paragraphs, labels, markers and blank lines.
    for (const pair of [
      ['Lavrov berbicara.', 'kemudian ia pergi.'],
      ['Indonesia di Atas AS dan Rusia dalam Hal Ini', 'Menurut TASS, Lavrov berbicara.'],
      ['Sumber :', 'AP Photo/Vahid Salemi'],
      ['Baca juga:', 'penjelasan berikut ini.'],
      ['pelaku pencurian motor', 'ADVERTISEMENT'],
      ['Bripka Anumerta Arya Supena (32)', '(abc/def)'],
    ]) {
      expect(unitsOf(...pair), pair.join(' | ')).toEqual(pair);
    }
    expect(unitsOf('dengan aparat di', '', 'lapangan.')).toEqual(['dengan aparat di', '', 'lapangan.']);
  });

  it('joins nothing after the sign-off, where short lowercase lines are tags', () => {
    expect(unitsOf('ujarnya.', '(eva/fca)', 'badan komunikasi', 'pco')).toEqual(['ujarnya.', '(eva/fca)', 'badan komunikasi', 'pco']);
  });

  it('never joins the headline, and leaves the seed one unit a line', () => {
    expect(toUnits(['Polisi Tangkap Pelaku di', 'Mako Brimob', 'kemarin.']).map((unit) => unit.text)).toEqual(['Polisi Tangkap Pelaku di', 'Mako Brimob kemarin.']);
    const lines = toLines(readSeed());
    expect(toUnits(lines).map((unit) => unit.text)).toEqual(lines);
  });
});
