import { describe, expect, it } from 'vitest';
import { isAiDisclosure, matchClosingSource, matchSyndication } from '../../../src/lib/import/provenance.ts';

describe('provenance', () => {
  it('reads syndication notes: the outlet, the original headline, its address', () => {
    expect(matchSyndication('Artikel ini telah tayang di Kompas.com dengan judul "Bongkar Paksa Makam", Klik untuk baca: https://regional.kompas.com/read/2021/05/23/1.')).toEqual({
      name: 'Kompas.com',
      note: 'Bongkar Paksa Makam',
      url: 'https://regional.kompas.com/read/2021/05/23/1',
    });
    expect(matchSyndication('Artikel ini telah tayang di Tribunnews.com dengan judul BREAKING NEWS: 5 Polisi Tewas, http://www.tribunnews.com/nasional/1.')).toEqual({
      name: 'Tribunnews.com',
      note: 'BREAKING NEWS: 5 Polisi Tewas',
      url: 'http://www.tribunnews.com/nasional/1',
    });
    expect(matchSyndication('Artikel ini telah tayang di TribunJabar.id dengan judul Dunia Jurnalistik Berduka')).toEqual({
      name: 'TribunJabar.id',
      note: 'Dunia Jurnalistik Berduka',
    });
    expect(matchSyndication('Artikel ini bersumber dari Antara.')).toEqual({ name: 'Antara' });
    expect(matchSyndication('Baca artikel detiknews, "Jaksa Tanya Perasaan" selengkapnya https://news.detik.com/berita/d-8116969')).toEqual({
      name: 'detiknews',
      note: 'Jaksa Tanya Perasaan',
      url: 'https://news.detik.com/berita/d-8116969',
    });
    expect(matchSyndication('Artikel ini membahas kebijakan baru pemerintah.')).toBeUndefined();
  });

  it('reads a closing `sumber :` that names an outlet, not one that says something', () => {
    expect(matchClosingSource('sumber : Antara')).toEqual({ name: 'Antara' });
    expect(matchClosingSource('Sumber: ANTARA')).toEqual({ name: 'ANTARA' });
    expect(matchClosingSource('Sumber: seorang pejabat mengatakan hal itu.')).toBeUndefined();
  });

  it('knows the AI disclosure', () => {
    expect(isAiDisclosure('Konten ini disempurnakan menggunakan Kecerdasan Buatan (AI).')).toBe(true);
    expect(isAiDisclosure('Konten ini dibuat dengan bantuan AI.')).toBe(true);
    expect(isAiDisclosure('Konten ini viral di media sosial.')).toBe(false);
  });
});
