import { describe, expect, it } from 'vitest';
import { createTranslator, dictionaries, dictionaryFor } from '../../../src/lib/i18n/index.ts';
import { id } from '../../../src/lib/i18n/id.ts';

describe('UI words', () => {
  const t = createTranslator('id');

  it('speaks Indonesian', () => {
    expect(t('nav.skipToContent')).toBe('Langsung ke konten');
    expect(t('related.title')).toBe('Baca juga');
    expect(t('sources.title')).toBe('Sumber');
  });

  it('fills placeholders', () => {
    expect(t('article.readingTime', { minutes: 3 })).toBe('3 menit baca');
  });

  it('falls back from a regional tag to its language', () => {
    expect(dictionaryFor('id-ID')).toBe(id);
  });

  it('has no empty entry', () => {
    for (const [key, value] of Object.entries(id)) expect(value.trim(), key).not.toBe('');
  });

  it('speaks English too', () => {
    expect(createTranslator('en')('related.title')).toBe('Read also');
    expect(createTranslator('en-GB')('article.readingTime', { minutes: 2 })).toBe('2 min read');
  });
});

describe('every dictionary', () => {
  it.each(Object.entries(dictionaries))('%s has exactly the keys of the others, none empty, same placeholders', (_lang, dictionary) => {
    for (const other of Object.values(dictionaries)) expect(Object.keys(dictionary).sort()).toEqual(Object.keys(other).sort());
    for (const [key, value] of Object.entries(dictionary)) {
      expect(value.trim(), key).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(value), key).toEqual(placeholders(id[key as keyof typeof id]));
    }
  });
});
