import fc from 'fast-check';
import matter from 'gray-matter';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { FIGURE_PATTERN, figureFromBlock, figureToBlock, UPDATE_PATTERN, updateFromBlock, updateToBlock } from '../../../src/lib/cms/blocks.ts';
import { seedMarkdown } from '../../support/seed.ts';

/** The body with every block matched at a line start replaced by toBlock(fromBlock(block)), as the desk saves it. */
function roundTrip(body: string, pattern: RegExp, rewrite: (match: RegExpMatchArray) => string): { text: string; blocks: number } {
  let text = '';
  let blocks = 0;
  let position = 0;
  while (position < body.length) {
    const match = position === 0 || body[position - 1] === '\n' ? body.slice(position).match(pattern) : null;
    if (match) {
      text += rewrite(match);
      position += match[0].length;
      blocks += 1;
    } else {
      text += body[position];
      position += 1;
    }
  }
  return { text, blocks };
}

/** The directive as the site's parser (remark-directive) reads it. */
function parsed(markdown: string): ContainerDirective {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
  const node = tree.children[0];
  if (node?.type !== 'containerDirective') throw new Error(`not a container directive: ${markdown}`);
  return node;
}

describe('figure blocks', () => {
  it("the seed story's body is unchanged byte for byte after every figure is read and written back", () => {
    const body = matter(seedMarkdown()).content;
    const { text, blocks } = roundTrip(body, FIGURE_PATTERN, (match) => figureToBlock(figureFromBlock(match)));
    expect(blocks).toBe(2);
    expect(text).toBe(body);
  });

  it('reads the caption and credit of a figure without a picture', () => {
    const match = ':::figure{credit="AP-Yonhap"}\nMenteri Luar Negeri Amerika Serikat (AS), Antony Blinken.\n:::'.match(FIGURE_PATTERN)!;
    expect(figureFromBlock(match)).toEqual({ src: '', alt: '', credit: 'AP-Yonhap', caption: 'Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken.' });
  });

  it('writes src, alt and credit in the contract order and leaves out empty ones', () => {
    expect(figureToBlock({ src: './foto.jpg', alt: '', credit: 'Antara', caption: 'Banjir di pesisir.' })).toBe(
      ':::figure{src="./foto.jpg" credit="Antara"}\nBanjir di pesisir.\n:::',
    );
  });

  it('any text an editor types comes back as the same attributes from the site parser, and from fromBlock', () => {
    const value = fc.string({ minLength: 1 }).filter((text) => text.trim() !== '' && !/[\n\r]/.test(text));
    fc.assert(
      fc.property(value, value, (alt, credit) => {
        const block = figureToBlock({ src: './foto.jpg', alt, credit, caption: 'Keterangan.' });
        expect(parsed(block).attributes).toEqual({ src: './foto.jpg', alt, credit });
        const again = figureFromBlock(block.match(FIGURE_PATTERN)!);
        expect([again.alt, again.credit]).toEqual([alt, credit]);
        expect(figureToBlock(again)).toBe(block);
      }),
      { numRuns: 300 },
    );
  });
});

describe('update blocks', () => {
  const body = [
    'Halaman ini diperbarui sepanjang hari.',
    '',
    ':::update{time="2024-03-10T06:15:00+07:00" title="Air mulai naik di bantaran sungai"}',
    'Warga di bantaran sungai melaporkan air mulai masuk ke rumah sejak subuh.',
    ':::',
    '',
    ':::update{time="2024-03-10T07:40:00+07:00"}',
    'Petugas membuka posko pengungsian di dua sekolah dasar.',
    ':::',
    '',
  ].join('\n');

  it("the content format's live example round-trips byte for byte", () => {
    const { text, blocks } = roundTrip(body, UPDATE_PATTERN, (match) => updateToBlock(updateFromBlock(match)));
    expect(blocks).toBe(2);
    expect(text).toBe(body);
  });

  it('reads the time, the optional title and the text', () => {
    const match = body.slice(body.indexOf(':::update')).match(UPDATE_PATTERN)!;
    expect(updateFromBlock(match)).toEqual({
      time: '2024-03-10T06:15:00+07:00',
      title: 'Air mulai naik di bantaran sungai',
      body: 'Warga di bantaran sungai melaporkan air mulai masuk ke rumah sejak subuh.',
    });
    expect(parsed(updateToBlock({ time: '2024-03-10T06:15:00+07:00', title: 'Kata "banjir" & {x}', body: 'Teks.' })).attributes).toEqual({
      time: '2024-03-10T06:15:00+07:00',
      title: 'Kata "banjir" & {x}',
    });
  });
});
