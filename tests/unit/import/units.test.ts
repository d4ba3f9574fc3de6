import { describe, expect, it } from 'vitest';
import { joinPieces, toUnits } from '../../../src/lib/import/units.ts';

describe('units', () => {
  it('joins pieces of one line with their gap, and of different lines with a space unless punctuation follows', () => {
    expect(
      joinPieces([
        { text: 'dipadamkan.', line: 0, gap: '' },
        { text: 'Warga', line: 0, gap: '' },
      ]),
    ).toBe('dipadamkan.Warga');
    expect(
      joinPieces([
        { text: 'di', line: 0, gap: '' },
        { text: 'Depok', line: 1, gap: '' },
        { text: ', Jawa Barat', line: 2, gap: '' },
        { text: '.', line: 3, gap: '' },
      ]),
    ).toBe('di Depok, Jawa Barat.');
  });
  it('makes units of lines, markers cut out and broken sentences joined', () => {
    const units = toUnits(['Judul', 'Ia tiba di', 'Depok', '.', 'Lalu pergi. ADVERTISEMENT Esoknya kembali.']);
    expect(units.map((unit) => unit.text)).toEqual(['Judul', 'Ia tiba di Depok.', 'Lalu pergi.', 'ADVERTISEMENT', 'Esoknya kembali.']);
    expect(units[1]!.pieces.map((piece) => piece.line)).toEqual([1, 2, 3]);
  });
});
