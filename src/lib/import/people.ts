/**
 * The people a scrape names outside the story: bylines (`Penulis: Name`, `(Penulis: A, B |
 * Editor: C)`, `Pewarta : Name`), a reporter's credit closing the story
 * (`(TribunJatim.com/Name)`), and sign-offs of initials (`(abc/def)`). Writers and reporters
 * become `authors`; editors are not authors, and initials are never turned into names: those
 * lines leave the article and the report lists them.
 */

/** Labels that credit a writer, and those that credit someone who is not one. */
const AUTHOR_LABEL = String.raw`(?:Penulis|Pewarta|Reporter|Wartawan|Kontributor|Laporan wartawan [\p{L}.]+)`;
const OTHER_LABEL = String.raw`(?:Editor|Penyunting|Redaktur|Fotografer|Video Jurnalis)`;
// One label and what follows it, up to the next label (`SavitriEditor:` is glued, and still cut).
const LABELLED = new RegExp(String.raw`(?<label>${AUTHOR_LABEL}|${OTHER_LABEL}) ?: ?(?<value>.*?)(?=(?:${AUTHOR_LABEL}|${OTHER_LABEL}) ?:|$)`, 'gu');
// A byline: labels with a colon (`Penulis: A | Editor: B`), or `Penulis X | Editor Y`.
const BYLINE = new RegExp(String.raw`^\(?(?:${AUTHOR_LABEL}|${OTHER_LABEL}) ?:.{2,200}$|^\(?${AUTHOR_LABEL} .{2,120} \| ${OTHER_LABEL} .{2,80}$`, 'u');
/** Initials of writer and editor in parentheses: `(abc/def)`. */
export const SIGN_OFF_INITIALS = String.raw`\(\p{Ll}{2,5}(?:\/\p{Ll}{2,5})+\)`;
const SIGN_OFF = new RegExp(`^${SIGN_OFF_INITIALS}$`, 'u');
/** An outlet's web address as reporter credits give it: `TribunJatim.com`, `Liputan6.com`. */
export const OUTLET_HOST = String.raw`(?:[\p{L}\p{N}-]+\.)+(?:com|co\.id|co|id|net)`;
const REPORTER_CREDIT = new RegExp(String.raw`^\((?<outlet>${OUTLET_HOST})\/(?<name>[^()]{2,80})\)$`, 'iu');
// `Kontributor Padang Sidempuan, Oryza Pasaribu`: a role and place before the name.
const ROLE_PREFIX = /^Kontributor [^,]{2,40}, /u;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,5}$/u;

export interface Byline {
  /** Writers and reporters, in order. */
  authors: string[];
  /** Editors and others who are not authors, as written. */
  others: string[];
}

/** A byline line, parsed; `undefined` when the line is not one or a name is not clearly a name. */
export function matchByline(text: string): Byline | undefined {
  if (!BYLINE.test(text)) return undefined;
  const inner = text.replace(/^\(|\)$/gu, '');
  // `Penulis: A | Editor: B` is cut at its labels; `Penulis A | Editor B` at its bars.
  const parts = inner.includes(':')
    ? [...inner.matchAll(LABELLED)].map((match) => ({ label: match.groups!.label!, value: match.groups!.value! }))
    : inner.split(' | ').map((part) => {
        const label = new RegExp(String.raw`^(?:${AUTHOR_LABEL}|${OTHER_LABEL})(?= )`, 'u').exec(part)?.[0] ?? '';
        return { label, value: part.slice(label.length) };
      });
  if (parts.length === 0 || parts.some((part) => part.label === '')) return undefined;
  const byline: Byline = { authors: [], others: [] };
  for (const { label, value } of parts) {
    const clean = value.replace(/[\s|,]+$/u, '').trim();
    if (new RegExp(`^${AUTHOR_LABEL}$`, 'u').test(label))
      byline.authors.push(
        ...clean
          .replace(ROLE_PREFIX, '')
          .split(/, | dan /u)
          .map((name) => name.trim()),
      );
    else byline.others.push(`${label}: ${clean}`);
  }
  return byline.authors.every((name) => NAME.test(name)) ? byline : undefined;
}

/** `(abc/def)`, `(ant/dhf)`: the initials of writer and editor that close a story. */
export const isSignOff = (text: string): boolean => SIGN_OFF.test(text);

/** `(TribunJatim.com/Name)`: the reporter's name, if the credit names a person. */
export function matchReporterCredit(text: string): string | undefined {
  const name = REPORTER_CREDIT.exec(text)?.groups?.name?.trim();
  // `(Liputan6.com/Wikimedia Commons/Warta Kota)` credits a picture's sources, not a reporter.
  return name !== undefined && !name.includes('/') && NAME.test(name) ? name : undefined;
}

/** The credit a picture gets from `(Liputan6.com/Wikimedia Commons/Warta Kota)`. */
export function matchOutletCredit(text: string): string | undefined {
  return REPORTER_CREDIT.test(text) ? text.slice(1, -1) : undefined;
}
