import { describe, expect, it } from 'vitest';
import { isSignOff, matchByline, matchOutletCredit, matchReporterCredit } from '../../../src/lib/import/people.ts';

describe('bylines', () => {
  it('takes writers as authors and editors as others', () => {
    expect(matchByline('Penulis: Vincentius Jyestha Candraditya')).toEqual({ authors: ['Vincentius Jyestha Candraditya'], others: [] });
    expect(matchByline('(Penulis: Andi Nugroho, Budi Santoso | Editor: Citra Dewi)')).toEqual({ authors: ['Andi Nugroho', 'Budi Santoso'], others: ['Editor: Citra Dewi'] });
    expect(matchByline('Penulis Kontributor Padang Sidempuan, Oryza Pasaribu | Editor I Kadek Wira Aditya')).toEqual({
      authors: ['Oryza Pasaribu'],
      others: ['Editor: I Kadek Wira Aditya'],
    });
    expect(matchByline('Pewarta : Khairul Arief')).toEqual({ authors: ['Khairul Arief'], others: [] });
    expect(matchByline('Pewarta: Putu Indah SavitriEditor: Agus Salim')).toEqual({ authors: ['Putu Indah Savitri'], others: ['Editor: Agus Salim'] });
    expect(matchByline('Editor : Khairina')).toEqual({ authors: [], others: ['Editor: Khairina'] });
  });

  it('refuses lines that are story text or name no one', () => {
    for (const line of [
      'Penulis buku itu hadir di Jakarta.',
      'Editor majalah itu mengatakan hal yang sama.',
      'Penulis: seorang warga mengirim surat.',
      'Reporter kami melaporkan dari lokasi.',
    ]) {
      expect(matchByline(line), line).toBeUndefined();
    }
  });
});

describe('sign-offs and credits', () => {
  it('knows initials, which are never names', () => {
    for (const line of ['(abc/def)', '(ant/dhf)', '(mib/haf)', '(dis/ugo)']) expect(isSignOff(line), line).toBe(true);
    for (const line of ['(32)', '(Foto: Reuters)', '(AP)', '(NU)', 'abc/def']) expect(isSignOff(line), line).toBe(false);
  });

  it('reads a reporter’s credit, and an outlet’s credit for a picture', () => {
    expect(matchReporterCredit('(TribunJatim.com/Andi Nugroho)')).toBe('Andi Nugroho');
    expect(matchReporterCredit('(Liputan6.com/Wikimedia Commons/Warta Kota)')).toBeUndefined();
    expect(matchOutletCredit('(Liputan6.com/Wikimedia Commons/Warta Kota)')).toBe('Liputan6.com/Wikimedia Commons/Warta Kota');
    expect(matchOutletCredit('(Foto: Reuters)')).toBeUndefined();
  });
});
