/**
 * C0 control characters other than tab, line feed and carriage return (and DEL). They mean
 * nothing in an article, are forbidden in HTML, and scrapers leave them behind.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
