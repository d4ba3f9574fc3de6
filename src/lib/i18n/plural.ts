/**
 * Counted messages come in two dictionary entries, `<key>.one` and `<key>.other` ("1 story
 * found.", "63 stories found."); the language's plural rules choose between them. Indonesian
 * has one form for every count, so its two entries read the same. Kept apart from the
 * dictionaries so that the search page's script can use it without bundling them.
 */
export type PluralForm = 'one' | 'other';

export function pluralForm(lang: string, count: number): PluralForm {
  return new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
}
