import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/import/sentences.ts';

describe('splitSentences', () => {
  it('splits the seed’s first paragraph into its two sentences', () => {
    const paragraph =
      'Menteri Luar Negeri Rusia Sergey Lavrov, pada Selasa, 31 Januari 2023, mengungkapkan pesan yang dia terima dari Menteri Luar Negeri AS Antony Blinken. Dalam surat tersebut, Lavrov menyebut bahwa Blinken menginginkan Rusia untuk menghentikan perangnya di Ukraina.';
    expect(splitSentences(paragraph)).toEqual([
      'Menteri Luar Negeri Rusia Sergey Lavrov, pada Selasa, 31 Januari 2023, mengungkapkan pesan yang dia terima dari Menteri Luar Negeri AS Antony Blinken.',
      'Dalam surat tersebut, Lavrov menyebut bahwa Blinken menginginkan Rusia untuk menghentikan perangnya di Ukraina.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits before an opening quote', () => {
    expect(splitSentences('"Semuanya cukup jelas di sini. Ini sama sekali bukan tentang Ukraina," ujarnya. "Dia kalah."')).toEqual([
      '"Semuanya cukup jelas di sini.',
      'Ini sama sekali bukan tentang Ukraina," ujarnya.',
      '"Dia kalah."',
    ]);
  });

  it('does not split after initials and titles', () => {
    expect(splitSentences('U.S. Secretary of State Antony Blinken met Dr. Shoukry and J. Smith.')).toHaveLength(1);
    expect(splitSentences('Prof. Budi hadir.')).toHaveLength(1);
  });

  it('does not split inside numbers or before lowercase words', () => {
    expect(splitSentences('Tagihan Rp 33.000.000 belum dibayar. lalu dia pergi.')).toHaveLength(1);
  });

  it('splits at question and exclamation marks', () => {
    expect(splitSentences('Apa isinya? Rusia harus berhenti! Itu saja.')).toEqual(['Apa isinya?', 'Rusia harus berhenti!', 'Itu saja.']);
  });

  it('returns a text without end punctuation as one sentence', () => {
    expect(splitSentences('Indonesia di Atas AS dan Rusia dalam Hal Ini')).toEqual(['Indonesia di Atas AS dan Rusia dalam Hal Ini']);
  });
});
