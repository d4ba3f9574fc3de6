/**
 * A photo credit glued to its caption, as scrapers join a picture's credit and caption
 * elements: `KOMPAS.com/Andi NugrohoMobil listrik baru` is the credit `KOMPAS.com/Andi Nugroho`
 * and the caption `Mobil listrik baru`. The split is certain only where exactly one lowercase
 * letter meets a capital in the text after the outlet; otherwise the whole line is kept as the
 * caption, and the report asks a person to split it.
 */
import { isCaptionLike } from './classify.ts';
import type { Figure } from './layout-types.ts';

const GLUED = /^(?<outlet>(?:[\p{L}\p{N}-]+\.)+(?:com|co\.id|co|id)|ANTARA FOTO|ANTARA|AFP|REUTERS|AP)\/(?<rest>\p{Lu}.{3,})$/u;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}$/u;

export interface GluedCredit {
  figure: Figure;
  /** Whether the credit and the caption were told apart with certainty. */
  certain: boolean;
}

export function matchGluedCredit(line: string): GluedCredit | undefined {
  const groups = GLUED.exec(line)?.groups;
  if (!groups || !isCaptionLike(line) || /[.!?]\s/u.test(line.slice(0, groups.outlet!.length + 1))) return undefined;
  const rest = groups.rest!;
  const joins = [...rest.matchAll(/(?<=\p{Ll})(?=\p{Lu})/gu)].map((match) => match.index);
  if (joins.length === 1) {
    const name = rest.slice(0, joins[0]);
    const caption = rest.slice(joins[0]);
    if (NAME.test(name) && caption.includes(' ')) return { figure: { caption, credit: `${groups.outlet}/${name}` }, certain: true };
  }
  // Nothing to split at, or more than one place: the line stays whole, as the caption.
  return joins.length === 0 && !rest.includes(' ') ? undefined : { figure: { caption: line }, certain: false };
}
