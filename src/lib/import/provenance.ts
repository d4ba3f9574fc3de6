/**
 * Where a scraped text says it comes from: syndication notes (`Artikel ini telah tayang di
 * Kompas.com dengan judul "…"`), `Artikel ini bersumber dari …`, detik's `Baca artikel
 * detiknews, "…" selengkapnya https://…`, and a closing `sumber : Antara`. Each becomes a
 * source (the original headline as its note). A disclosure that the text was written with AI
 * is not provenance to hide: it stays in the body, at its end, where readers see it.
 */

export interface Source {
  name: string;
  url?: string;
  /** The headline the text had where it first appeared. */
  note?: string;
}

const OUTLET = String.raw`(?<name>[\p{L}\p{N}][\p{L}\p{N}.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,2})`;
const URL = String.raw`(?<url>https?:\/\/[^\s"”]+?)`;

interface ProvenanceRule {
  name: string;
  pattern: RegExp;
}

/** Whole units that name where the text comes from. */
const PROVENANCE_RULES: readonly ProvenanceRule[] = [
  {
    name: 'syndication note',
    pattern: new RegExp(String.raw`^Artikel ini telah tayang di ${OUTLET} dengan judul (?<title>.+?)(?:,? (?:Klik untuk baca: )?${URL})?[.,]?$`, 'u'),
  },
  { name: 'syndication note', pattern: new RegExp(String.raw`^Artikel ini bersumber dari ${OUTLET}(?<![.])\.?$`, 'u') },
  { name: 'syndication note', pattern: new RegExp(String.raw`^Baca artikel (?<name>detik\w*), (?<title>["“].+["”]) selengkapnya ${URL}\.?$`, 'u') },
];

// `sumber : Antara` names the source only where nothing of the story follows (layout.ts checks).
const CLOSING_SOURCE = /^[Ss]umber ?: ?(?<name>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})$/u;
const DISCLOSURE = /^Konten ini (?:disempurnakan|dibuat|ditulis|dihasilkan) (?:dengan |menggunakan )(?:bantuan )?(?:Kecerdasan Buatan|teknologi AI|AI)\b.{0,80}$/u;

const unquote = (title: string): string => title.replace(/^["“](.*)["”]$/u, '$1');

/** The source a syndication note names, if the unit is one. */
export function matchSyndication(text: string): Source | undefined {
  for (const rule of PROVENANCE_RULES) {
    const groups = rule.pattern.exec(text)?.groups;
    if (!groups) continue;
    return {
      name: groups.name!,
      ...(groups.url !== undefined ? { url: groups.url } : {}),
      ...(groups.title !== undefined ? { note: unquote(groups.title) } : {}),
    };
  }
  return undefined;
}

/** `sumber : Antara`, `Sumber: ANTARA`: a source named by a closing line. */
export function matchClosingSource(text: string): Source | undefined {
  const name = CLOSING_SOURCE.exec(text)?.groups?.name;
  return name === undefined ? undefined : { name };
}

/** `Konten ini disempurnakan menggunakan Kecerdasan Buatan (AI).` */
export const isAiDisclosure = (text: string): boolean => DISCLOSURE.test(text);
