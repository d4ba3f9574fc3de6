import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeMarkdownText } from '../../../src/lib/import/escape.ts';
import { readBody } from './support.ts';

/** What a reader of the site sees for one escaped line: it must be one paragraph of plain text. */
function reread(line: string): string {
  const blocks = readBody(escapeMarkdownText(line));
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (!block || !('paragraph' in block)) throw new Error('expected a paragraph');
  return block.paragraph;
}

// Pieces of Markdown, GFM and directive syntax, and of addresses, to build lines from.
const SYNTAX = [
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '|',
  '~',
  '&',
  '#',
  ':',
  '!',
  '-',
  '+',
  '=',
  '.',
  '{',
  '}',
  '"',
  "'",
  '^',
  '@',
  '/',
  '1.',
  '2)',
  ':::',
  '::',
  '---',
  '***',
  '===',
  '<b>',
  '</div>',
  '<!--',
  '&amp;',
  '&#38;',
  '&copy',
  '[^1]',
  '[a]: b',
  '![x](y)',
  'www.',
  'WWW.',
  'http://',
  'https://',
  'mailto:',
  'nama@example.com',
  ' ',
  'a',
  'Z',
  'é',
  '9',
];
const lines = fc
  .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 16 })
  // Single lines, whitespace collapsed and ends trimmed as lines.ts leaves them; no NUL, which
  // CommonMark replaces (lines.ts drops it with the other control characters, kept here).
  .map((pieces) => pieces.join('').replace(/\0/g, '').replace(/\s+/gu, ' ').trim())
  .filter((line) => line !== '');

describe('escapeMarkdownText', () => {
  it('leaves ordinary prose unchanged', () => {
    const prose = '"Dia (Stoltenberg) mengatakan bahwa Rusia harus kalah, harus dikalahkan," kata Lavrov. Rp 33 Juta; 50% - AT&T!';
    expect(escapeMarkdownText(prose)).toBe(prose);
  });

  it('escapes what would start a block at the beginning of a line', () => {
    expect(escapeMarkdownText('# Judul')).toBe('\\# Judul');
    expect(escapeMarkdownText('> kutipan')).toBe('\\> kutipan');
    expect(escapeMarkdownText('- butir')).toBe('\\- butir');
    expect(escapeMarkdownText('+ butir')).toBe('\\+ butir');
    expect(escapeMarkdownText('===')).toBe('\\===');
    expect(escapeMarkdownText('1. Rusia')).toBe('1\\. Rusia');
    expect(escapeMarkdownText('2023) Rusia')).toBe('2023\\) Rusia');
    expect(escapeMarkdownText('2023 Rusia')).toBe('2023 Rusia');
  });

  it('escapes inline syntax anywhere', () => {
    expect(escapeMarkdownText('<b>a</b> *b* _c_ [d](e) `f` ~g~ h|i \\')).toBe('\\<b>a\\</b> \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\~g\\~ h\\|i \\\\');
    expect(escapeMarkdownText('&amp; &#38; AT&T')).toBe('\\&amp; \\&#38; AT&T');
  });

  it('escapes directive colons and address triggers, not colons before a space', () => {
    expect(escapeMarkdownText('pukul 10:30')).toBe('pukul 10\\:30');
    expect(escapeMarkdownText(':::figure')).toBe('\\:\\:\\:figure');
    expect(escapeMarkdownText('Menko Airlangga: Indonesia')).toBe('Menko Airlangga: Indonesia');
    // Unescaped, an address would be linked from the raw source, where an escape inside it shows.
    expect(escapeMarkdownText('https://example.com www.example.com a@example.com @Lavrov')).toBe('https\\://example.com www\\.example.com a\\@example.com @Lavrov');
  });

  it('gives back exactly the text, as one paragraph of plain text, for the markup-like cases', () => {
    for (const line of ['# Judul', '1. Satu', '- - -', '***', '<div>x</div>', '[a]: http://x', ':::figure', 'a\\', '10:30', 'www.example.com']) {
      expect(reread(line), line).toBe(line);
    }
  });

  it('gives back exactly the text for any line (property)', () => {
    fc.assert(
      fc.property(lines, (line) => reread(line) === line),
      { numRuns: 3000 },
    );
  });
});

describe('escapeAttribute', () => {
  it('escapes quotes and ampersands, and the site’s Markdown reads the value back', () => {
    const credit = 'AP "Photo" & Co &amp; Twitter/@_Africansoil';
    expect(escapeAttribute(credit)).toBe('AP &quot;Photo&quot; &amp; Co &amp;amp; Twitter/@_Africansoil');
    expect(readBody(`:::figure{credit="${escapeAttribute(credit)}"}\nx\n:::\n`)).toEqual([{ caption: 'x', credit }]);
  });
});
