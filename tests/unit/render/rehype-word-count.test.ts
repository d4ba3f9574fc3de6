import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/render/rehype-word-count.ts';
import { render } from '../../support/renderer.ts';

describe('rehype-word-count', () => {
  it('counts words, not punctuation, and keeps hyphenated words whole', () => {
    expect(countWords('"Rusia harus berhenti, dan kemudian semuanya akan baik-baik saja," tulis Lavrov – 31 Januari 2023.')).toBe(14);
    expect(countWords('  ')).toBe(0);
  });

  it('counts what a reader reads, not screen-reader labels', async () => {
    const { wordCount } = await render({ markdown: 'Dua kata.\n\n:::figure{credit="AP"}\nTiga kata ini.\n:::' });
    expect(wordCount).toBe(2 + 3 + 1);
  });
});
