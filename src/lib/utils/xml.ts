/** Text for XML element content and attribute values, as the sitemaps and feeds Warta writes itself need it. */

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Escapes the five characters XML reserves, so any text stays text. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ENTITIES[char]!);
}
