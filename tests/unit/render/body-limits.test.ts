import { describe, expect, it } from 'vitest';
import { assertBodyLimits, BodyLimitError, lineNesting, MAX_NESTING } from '../../../src/lib/render/body-limits.ts';
import { render } from '../../support/renderer.ts';

const deepQuotes = `${'>'.repeat(10_000)} kutipan`;
const deepLists = Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- butir`).join('\n');
const deepHtml = `${'<div>'.repeat(10_000)}isi`;

describe('lineNesting', () => {
  it('counts quote markers, bullets and indentation', () => {
    expect(lineNesting('Paragraf biasa.')).toBe(0);
    expect(lineNesting('> > kutipan')).toBe(2);
    expect(lineNesting('    - butir')).toBe(3);
    expect(lineNesting('- - - x')).toBe(3);
    expect(lineNesting('1. satu')).toBe(1);
  });
});

describe('body limits', () => {
  it('accept a real article structure', () => {
    expect(() => assertBodyLimits('> kutipan\n\n- a\n  - b\n    - c\n')).not.toThrow();
  });

  it.each([
    ['10,000 nested block quotes', deepQuotes],
    ['1,000 nested lists (a parser takes 20 s on them)', deepLists],
    ['10,000 nested list markers on one line', `${'- '.repeat(10_000)}x`],
  ])('refuse %s at once, with what was expected', (_name, body) => {
    const started = performance.now();
    expect(() => assertBodyLimits(body)).toThrow(new RegExp(`expected lists and quotes nested at most ${MAX_NESTING} levels deep, got \\d+ at line \\d+`));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuse a body larger than 16 MB', () => {
    expect(() => assertBodyLimits('a'.repeat(17 * 1024 * 1024))).toThrow('expected at most 16 MB of Markdown, got 17.0 MB');
  });
});

describe('the renderer under hostile bodies', () => {
  it('turns a stack overflow from 10,000 nested HTML tags into a clear error', async () => {
    await expect(render({ markdown: deepHtml })).rejects.toThrow(BodyLimitError);
    await expect(render({ markdown: deepHtml })).rejects.toThrow('expected content nested at most 100 levels deep');
  });

  it('renders a 10 MB body', async () => {
    const paragraph = `${'Kalimat berita yang cukup panjang untuk diulang. '.repeat(40)}\n\n`;
    const body = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const { html } = await render({ markdown: body });
    expect(html.match(/<p>/g)?.length).toBe(Math.ceil((10 * 1024 * 1024) / paragraph.length));
  }, 60_000);

  it('renders a 1 MB body that is all one line', async () => {
    const { html } = await render({ markdown: 'kata '.repeat(200_000) });
    expect(html.startsWith('<p>kata kata')).toBe(true);
  });

  it('renders an empty body as nothing', async () => {
    expect((await render({ markdown: '' })).html).toBe('');
  });

  it('keeps control characters out of the markup', async () => {
    const { html } = await render({ markdown: 'a\u0000b\u0007c <b>\u0000</b>' });
    expect(html).not.toMatch(/[\u0000\u0007]/);
  });
});
