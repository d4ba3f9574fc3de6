import { describe, expect, it } from 'vitest';
import { isTagLine } from '../../../src/lib/import/tags.ts';

describe('isTagLine', () => {
  it('takes short lowercase topic lines', () => {
    for (const line of ['badan komunikasi pemerintah', 'pco', 'prabowo subianto', 'pemilu 2024', 'covid-19']) expect(isTagLine(line), line).toBe(true);
  });
  it('refuses sentences, names and long runs', () => {
    for (const line of ['Prabowo Subianto', 'kata dia.', 'hakim suap vonis lepas cpo kasus suap vonis lepas migor', '2024', '']) expect(isTagLine(line), line).toBe(false);
  });
});
