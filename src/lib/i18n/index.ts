/**
 * UI words. One dictionary per language, looked up by key, with `{name}` placeholders.
 */
import { en } from './en.ts';
import { id, type Dictionary, type MessageKey } from './id.ts';

export type { Dictionary, MessageKey };

/** Every language the interface speaks. */
export const dictionaries: Readonly<Record<string, Dictionary>> = { id, en };

/** The dictionary for a BCP 47 tag, falling back from `id-ID` to `id`, then to Indonesian. */
export function dictionaryFor(lang: string): Dictionary {
  return dictionaries[lang] ?? dictionaries[lang.split('-')[0]!.toLowerCase()] ?? id;
}

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function createTranslator(lang: string): Translate {
  const dictionary = dictionaryFor(lang);
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
