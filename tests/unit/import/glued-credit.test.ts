import { describe, expect, it } from 'vitest';
import { matchGluedCredit } from '../../../src/lib/import/glued-credit.ts';

describe('matchGluedCredit', () => {
  it('splits a credit glued to its caption where the join is certain', () => {
    expect(matchGluedCredit('KOMPAS.com/Andi NugrohoMobil listrik baru')).toEqual({ figure: { caption: 'Mobil listrik baru', credit: 'KOMPAS.com/Andi Nugroho' }, certain: true });
    expect(matchGluedCredit('ANTARA FOTO/M Risyal HidayatPekerja menyelesaikan proyek underpass.')).toEqual({
      figure: { caption: 'Pekerja menyelesaikan proyek underpass.', credit: 'ANTARA FOTO/M Risyal Hidayat' },
      certain: true,
    });
  });
  it('keeps the whole line as the caption when it cannot tell where the credit ends', () => {
    expect(matchGluedCredit('KOMPAS.com/KRISTIANTO PURNOMO Mobil listrik baru')).toEqual({
      figure: { caption: 'KOMPAS.com/KRISTIANTO PURNOMO Mobil listrik baru' },
      certain: false,
    });
    expect(matchGluedCredit('KOMPAS.com/Andi NugrohoMobil listrik baru dari McLaren')).toEqual({
      figure: { caption: 'KOMPAS.com/Andi NugrohoMobil listrik baru dari McLaren' },
      certain: false,
    });
  });
  it('is not a credit without an outlet and a slash', () => {
    expect(matchGluedCredit('Mobil listrik baru dipamerkan.')).toBeUndefined();
    expect(matchGluedCredit('Kompas.com melaporkan hal itu.')).toBeUndefined();
  });
});
