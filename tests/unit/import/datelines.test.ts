import { describe, expect, it } from 'vitest';
import { looksLikePlaceDateline, matchDateline, matchSplitDateline } from '../../../src/lib/import/datelines.ts';

describe('matchDateline', () => {
  const story = 'Menteri Luar Negeri Rusia Sergey Lavrov mengungkapkan pesan.';

  it('reads the seed’s outlet and rubric', () => {
    expect(matchDateline(`VIVA Dunia – ${story}`)).toEqual({ text: 'VIVA Dunia –', publisher: 'VIVA', section: 'Dunia', rest: story });
    expect(matchDateline(`VIVA Militer—${story}`)).toMatchObject({ publisher: 'VIVA', section: 'Militer', rest: story });
  });

  it('reads the outlet of other Indonesian datelines, which name no rubric', () => {
    const cases: [string, string][] = [
      ['JAKARTA, KOMPAS.com -', 'KOMPAS.com'],
      ['Liputan6.com, Jakarta -', 'Liputan6.com'],
      ['REPUBLIKA.CO.ID, JAKARTA --', 'REPUBLIKA.CO.ID'],
      ['Jakarta, CNN Indonesia --', 'CNN Indonesia'],
      ['JAKARTA, CNBC Indonesia -', 'CNBC Indonesia'],
      ['Suara.com -', 'Suara.com'],
      ['Jakarta (ANTARA) -', 'ANTARA'],
    ];
    for (const [dateline, publisher] of cases) {
      const match = matchDateline(`${dateline} ${story}`);
      expect(match, dateline).toEqual({ text: dateline, publisher, rest: story });
    }
  });

  it('reads the agency of English wire datelines', () => {
    expect(matchDateline(`WASHINGTON (Reuters) - ${story}`)).toMatchObject({ publisher: 'Reuters', rest: story });
    expect(matchDateline(`KYIV, Ukraine (AP) — ${story}`)).toMatchObject({ publisher: 'AP', rest: story });
  });

  it('accepts a dateline on a line of its own', () => {
    expect(matchDateline('VIVA Dunia –')).toEqual({ text: 'VIVA Dunia –', publisher: 'VIVA', section: 'Dunia', rest: '' });
  });

  it('leaves a place alone and sentences with dashes in the text', () => {
    for (const line of [
      `JAKARTA - ${story}`,
      `Rusia, Ukraina – dua negara yang berperang.`,
      `Menteri Luar Negeri Rusia – Sergey Lavrov – mengungkapkan pesan.`,
      `Blinken baru-baru ini bertemu dengan Shoukry.`,
      `Menko Airlangga: Indonesia Siap - Kata Dia`,
    ]) {
      expect(matchDateline(line), line).toBeUndefined();
    }
  });
});

describe('datelines that name no outlet', () => {
  it('reads detik’s place and `-` on lines of their own, and the `-` alone', () => {
    expect(matchSplitDateline('Jakarta', '-')).toEqual({ text: 'Jakarta -', rest: '' });
    expect(matchSplitDateline('Konawe Selatan', '–')).toEqual({ text: 'Konawe Selatan –', rest: '' });
    expect(matchSplitDateline('-', 'Otoritas Jasa Keuangan (OJK) menyatakan …')).toEqual({ text: '-', rest: '' });
    expect(matchSplitDateline('Jakarta', 'Polisi menangkap pelaku.')).toBeUndefined();
    expect(matchSplitDateline('Polisi menangkap pelaku.', '-')).toBeUndefined();
  });

  it('says when a place before a dash may be a dateline, which the importer keeps', () => {
    expect(looksLikePlaceDateline('Jakarta - Jaksa menghadirkan istri terdakwa.')).toBe(true);
    expect(looksLikePlaceDateline('Jakarta Pusat - Polisi menutup jalan.')).toBe(true);
    expect(looksLikePlaceDateline('Jaksa menghadirkan istri terdakwa - kata dia.')).toBe(false);
  });

  it('reads a hyphen with a space on one side only, but not one inside a word', () => {
    expect(matchDateline('JAKARTA, KOMPAS.com -Produsen otomotif meluncurkan mobil.')).toMatchObject({ publisher: 'KOMPAS.com', rest: 'Produsen otomotif meluncurkan mobil.' });
    expect(matchDateline('KOMPAS.com- Satu warga terkonfirmasi Covid-19.')).toMatchObject({ publisher: 'KOMPAS.com', rest: 'Satu warga terkonfirmasi Covid-19.' });
    expect(matchDateline('TRIBUNNEWS.COM, Konawe Selatan - Warga gotong royong.')).toMatchObject({ publisher: 'TRIBUNNEWS.COM', rest: 'Warga gotong royong.' });
    expect(matchDateline('Covid-19 menyebar di Jakarta.')).toBeUndefined();
  });
});
