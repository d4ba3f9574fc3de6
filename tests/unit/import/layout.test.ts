import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { layOut, type Layout } from '../../../src/lib/import/layout.ts';
import { toLines } from '../../../src/lib/import/lines.ts';
import { readSeed } from './support.ts';

const layOutText = (text: string): Layout => layOut(toLines(text));
const paragraphs = (layout: Layout): string[] => layout.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

const HEADLINE = 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS';
const P1 = 'Blinken baru-baru ini bertemu dengan Shoukry saat mengunjungi ibu kota Mesir, Kairo.';
const P2 = 'Lavrov mengatakan pesan Blinken tidak berisi proposal semacam itu.';
const RELATED = 'Indonesia di Atas AS dan Rusia dalam Hal Ini';

describe('layOut on the seed', () => {
  const layout = layOutText(readSeed());

  it('places every line of the seed', () => {
    const placed = layout.placements.filter((kind) => kind !== 'blank');
    expect(placed).toEqual([
      'headline',
      'figure',
      'figure',
      'figure', // caption, `Sumber :`, `• AP Photo/Vahid Salemi`
      'dateline',
      'related',
      'body',
      'body',
      'related',
      'figure',
      'figure',
      'figure',
      'body',
      'related',
      'body',
      'body',
      'body',
      'body',
      'body',
      'figure',
      'figure',
      'figure', // `VIVA Militer: …` is a caption: a credit follows it
      'body',
      'body',
      'body',
      'pagination',
      'pagination',
    ]);
  });

  it('takes the figure before the first paragraph as the lead and keeps the others in place', () => {
    expect(layout.lead).toEqual({ caption: 'Menlu Rusia Sergey Lavrov.', credit: 'AP Photo/Vahid Salemi' });
    const kinds = layout.blocks.map((block) => (block.kind === 'figure' ? block.figure.credit : 'p'));
    expect(kinds).toEqual(['p', 'p', 'p', 'AP-Yonhap', 'p', 'p', 'p', 'p', 'p', 'p', 'Twitter/@_Africansoil', 'p', 'p', 'p']);
  });

  it('reads the dateline and keeps it out of the first paragraph', () => {
    expect(layout.dateline).toMatchObject({ publisher: 'VIVA', section: 'Dunia' });
    expect(paragraphs(layout)[0]).toMatch(/^Menteri Luar Negeri Rusia Sergey Lavrov, pada Selasa/);
  });

  it('collects the related headlines in order and marks the article partial', () => {
    expect(layout.related).toEqual([
      'Menko Airlangga: Indonesia Siap Mengakselerasi Pertumbuhan Ekonomi dan Investasi Berkelanjutan dari Amerika Serikat',
      'Bule Rusia Dideportasi, Overstay hingga Tak Bayar Tagihan RS Rp 33 Juta di Bali',
      'Indonesia di Atas AS dan Rusia dalam Hal Ini',
    ]);
    expect(layout.partial).toBe(true);
  });
});

describe('layOut rules', () => {
  it('takes an unprefixed headline only between paragraphs', () => {
    const between = layOutText([HEADLINE, P1, RELATED, P2].join('\n\n'));
    expect(between.related).toEqual([RELATED]);
    const atTheEnd = layOutText([HEADLINE, P1, P2, RELATED].join('\n\n'));
    expect(atTheEnd.related).toEqual([]);
    expect(paragraphs(atTheEnd)).toEqual([P1, P2, RELATED]);
    const atTheStart = layOutText([HEADLINE, RELATED, P1, P2].join('\n\n'));
    expect(atTheStart.related).toEqual([]);
  });

  it('keeps a title-case fragment of a broken sentence in the body, where the text before it does not end a sentence', () => {
    // Issue 13's worst case: a fragment the scraper broke off was taken for another story's headline.
    const fragment = 'Kesehatan Provinsi Jawa Barat Budi Santoso';
    const lines = [HEADLINE, 'JAKARTA, KOMPAS.com - Hal itu disampaikan oleh Kepala Dinas', fragment, 'Senin (1/2/2024) di kantornya.', P2];
    const layout = layOutText(lines.join('\n'));
    expect(layout.related).toEqual([]);
    expect(paragraphs(layout)).toEqual(['Hal itu disampaikan oleh Kepala Dinas', fragment, 'Senin (1/2/2024) di kantornya.', P2]);
    expect(layout.notes).toEqual([{ kind: 'review', rule: 'kept in the body, looks like a headline but the text before it does not end a sentence', index: 2 }]);
  });

  it('takes a prefixed headline anywhere after the headline', () => {
    const layout = layOutText([HEADLINE, P1, P2, `Baca juga: ${RELATED}`].join('\n\n'));
    expect(layout.related).toEqual([RELATED]);
    expect(layout.placements.at(-1)).toBe('related');
  });

  it('takes the title on the line after a prefix alone', () => {
    const layout = layOutText([HEADLINE, P1, 'Read more:', RELATED, P2].join('\n'));
    expect(layout.related).toEqual([RELATED]);
    expect(layout.placements).toEqual(['headline', 'body', 'related', 'related', 'body']);
  });

  it('drops a prefix alone whose titles the scraper dropped, inventing none, and reports it', () => {
    const layout = layOutText([HEADLINE, P1, 'Baca juga:', P2].join('\n'));
    expect(layout.related).toEqual([]);
    expect(paragraphs(layout)).toEqual([P1, P2]);
    expect(layout.placements).toEqual(['headline', 'body', 'dropped', 'body']);
    expect(layout.notes).toEqual([{ kind: 'dropped', rule: 'related-links heading without a title', index: 2 }]);
    const twoPrefixes = layOutText([HEADLINE, P1, 'Read more', 'Baca juga', P2].join('\n'));
    expect(twoPrefixes.related).toEqual([]);
    expect(paragraphs(twoPrefixes)).toEqual([P1, P2]);
  });

  it('pairs a credit with the caption before it, across blank lines, and with a credit on the next line', () => {
    const layout = layOutText([HEADLINE, P1, 'Menlu Rusia Sergey Lavrov.', '', 'Photo :', '', '  • AP-Yonhap', P2].join('\n'));
    expect(layout.blocks).toEqual([
      { kind: 'paragraph', text: P1 },
      { kind: 'figure', figure: { caption: 'Menlu Rusia Sergey Lavrov.', credit: 'AP-Yonhap' } },
      { kind: 'paragraph', text: P2 },
    ]);
  });

  it('leaves a credit line with no caption before it as story text', () => {
    const layout = layOutText([HEADLINE, 'Foto: Reuters', P1].join('\n'));
    expect(layout.lead).toBeUndefined();
    expect(paragraphs(layout)).toEqual(['Foto: Reuters', P1]);
  });

  it('does not take a long paragraph for a caption', () => {
    const long = `${P1} ${P2} ${P1} ${P2}`;
    const layout = layOutText([HEADLINE, P1, long, 'Foto: Reuters'].join('\n'));
    expect(layout.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('takes a caption with an inline credit as a figure on its own', () => {
    const layout = layOutText([HEADLINE, P1, 'Menlu Rusia Sergey Lavrov (Foto: Reuters)', P2].join('\n'));
    expect(layout.blocks[1]).toEqual({ kind: 'figure', figure: { caption: 'Menlu Rusia Sergey Lavrov', credit: 'Reuters' } });
  });

  it('keeps a lead figure and a second figure before the first paragraph', () => {
    const layout = layOutText([HEADLINE, 'Satu (Foto: A)', 'Dua (Foto: B)', P1].join('\n'));
    expect(layout.lead).toEqual({ caption: 'Satu', credit: 'A' });
    expect(layout.blocks[0]).toEqual({ kind: 'figure', figure: { caption: 'Dua', credit: 'B' } });
  });

  it('looks for a dateline only at the start of the story', () => {
    const layout = layOutText([HEADLINE, P1, `VIVA Dunia – ${P2}`].join('\n'));
    expect(layout.dateline).toBeUndefined();
    expect(paragraphs(layout)).toEqual([P1, `VIVA Dunia – ${P2}`]);
  });

  it('accepts a dateline on a line of its own', () => {
    const layout = layOutText([HEADLINE, 'VIVA Dunia –', P1].join('\n'));
    expect(layout.placements).toEqual(['headline', 'dateline', 'body']);
    expect(paragraphs(layout)).toEqual([P1]);
  });

  it('refuses an empty scrape and one with nothing but a headline', () => {
    expect(() => layOutText(' \n\n')).toThrow(ImportError);
    expect(() => layOutText(' \n\n')).toThrow('expected a headline and story text, got an empty file');
    expect(() => layOutText(`${HEADLINE}\n\n`)).toThrow('expected story text after the headline, got only a headline');
    expect(() => layOutText(`${HEADLINE}\nHalaman 2`)).toThrow('expected story text after the headline, got no paragraph');
    expect(() => layOutText(`${HEADLINE}\nVIVA Dunia –`)).toThrow('expected story text after the headline, got no paragraph');
  });
});
