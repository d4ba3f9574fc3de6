import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n/index.ts';
import { pluralForm } from '../../../src/lib/i18n/plural.ts';

describe('pluralForm', () => {
  it('follows each language’s rules: English counts one apart, Indonesian does not', () => {
    expect([0, 1, 2, 63].map((count) => pluralForm('en', count))).toEqual(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 63].map((count) => pluralForm('id', count))).toEqual(['other', 'other', 'other', 'other']);
  });

  it('picks the search count’s entry in both dictionaries', () => {
    const found = (lang: string, count: number) => createTranslator(lang)(`search.found.${pluralForm(lang, count)}`, { count });
    expect(found('en', 1)).toBe('1 story found.');
    expect(found('en', 63)).toBe('63 stories found.');
    expect(found('id', 1)).toBe('1 berita ditemukan.');
    expect(found('id', 63)).toBe('63 berita ditemukan.');
  });
});
