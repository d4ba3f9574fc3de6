import { describe, expect, it } from 'vitest';
import { createTranslator, dictionaryFor } from '../../../src/lib/i18n/index.ts';
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
});
