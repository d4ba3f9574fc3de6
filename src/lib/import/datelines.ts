/**
 * Datelines: the outlet and place that open a story (`JAKARTA, KOMPAS.com -`, `VIVA Dunia –`,
 * `Liputan6.com, Bandung -`), and detik's place and dash on lines of their own. The outlet
 * becomes the publisher; the dateline leaves the body and the description.
 */
import { words } from './sentences.ts';

export interface Dateline {
  /** The dateline as written, dash included: `VIVA Dunia –`. */
  text: string;
  /** Missing for a place alone (`Jakarta` then `-`, as detik's scrapes have it). */
  publisher?: string;
  section?: string;
  /** The story text after the dash (may be empty when the dateline is a line of its own). */
  rest: string;
}

// The head before the first en or em dash, or a hyphen (or `--`).
// A hyphen needs a space on at least one side: `KOMPAS.com -Text` and `KOMPAS.com- Text` are
// datelines, `Sri-Lanka` is a word.
const DATELINE = /^(?<head>.{2,50}?)(?: ?[–—] ?| --? ?|--? )(?<rest>.*)$/u;
// `WASHINGTON (Reuters)`, `KYIV, Ukraine (AP)`, `Jakarta (ANTARA)`.
const WIRE_HEAD = /^\p{Lu}[^()]*? ?\((?<outlet>\p{Lu}[^()]{0,39})\)$/u;
// `VIVA Dunia`: an outlet in capitals followed by its rubric.
const OUTLET_SECTION_HEAD = /^(?<outlet>\p{Lu}[\p{Lu}\p{N}]+) (?<section>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/** `KOMPAS.com`, `Liputan6.com`, `TEMPO.CO`, `REPUBLIKA.CO.ID`: an outlet named by its web address. */
const isDomain = (word: string): boolean => /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
const isUpperCase = (text: string): boolean => text === text.toUpperCase() && /\p{Lu}/u.test(text);
/** A place or an outlet: up to four capitalized words. */
const isName = (text: string): boolean => {
  const all = words(text);
  return all.length >= 1 && all.length <= 4 && all.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
};

/** In `JAKARTA, KOMPAS.com` or `Liputan6.com, Jakarta`: which of the two names is the outlet. */
function outletOfPair(first: string, second: string): string | undefined {
  const pick = (test: (name: string) => boolean): string | undefined => (test(first) !== test(second) ? (test(first) ? first : second) : undefined);
  return (
    // Liputan6.com, Jakarta / JAKARTA, KOMPAS.com: the web address is the outlet.
    pick((name) => words(name).some(isDomain)) ??
    // JAKARTA, CNN Indonesia: the place is the one in capitals.
    pick((name) => !isUpperCase(name)) ??
    // Jakarta, CNN Indonesia: the outlet is the one with an acronym.
    pick((name) => words(name).some(isAcronym))
  );
}

function outletOfHead(head: string): { publisher: string; section?: string } | undefined {
  const wire = WIRE_HEAD.exec(head)?.groups?.outlet;
  if (wire !== undefined) return { publisher: wire };
  const pair = head.split(', ');
  if (pair.length === 2 && pair.every(isName)) {
    const publisher = outletOfPair(pair[0]!, pair[1]!);
    return publisher === undefined ? undefined : { publisher };
  }
  if (pair.length !== 1) return undefined;
  if (isDomain(head)) return { publisher: head };
  const outletSection = OUTLET_SECTION_HEAD.exec(head)?.groups;
  return outletSection ? { publisher: outletSection.outlet!, section: outletSection.section! } : undefined;
}

/**
 * A dateline opening the story: `VIVA Dunia – …` (outlet and rubric), `JAKARTA, KOMPAS.com -`,
 * `Liputan6.com, Jakarta -`, `Jakarta, CNN Indonesia --`, `WASHINGTON (Reuters) -`. Only
 * datelines that name an outlet are recognized: a place alone (`JAKARTA -`) cannot be told from
 * the first words of a sentence, so it stays in the text.
 */
export function matchDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  if (!match?.groups) return undefined;
  const { head, rest } = match.groups as { head: string; rest: string };
  const outlet = outletOfHead(head.trim());
  return outlet ? { text: line.slice(0, line.length - rest.length).trim(), ...outlet, rest } : undefined;
}

// detik's dateline whose parts the scraper put on lines of their own: `Jakarta` then `-`, or
// the `-` alone when the place was a link it dropped.
const DASH_ALONE = /^[-–—]$/u;
const PLACE = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}$/u;
// `Jakarta - …`: a place alone before a dash cannot be told from a sentence's start.
const PLACE_DATELINE = /^\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2} [-–—] /u;

/** `-` alone, or a place (`Jakarta`) whose next line is `-` alone: a dateline that names no outlet. */
export function matchSplitDateline(line: string, next: string | undefined): Dateline | undefined {
  if (DASH_ALONE.test(line)) return { text: line, rest: '' };
  return next !== undefined && PLACE.test(line) && DASH_ALONE.test(next) ? { text: `${line} ${next}`, rest: '' } : undefined;
}

/** `Jakarta - Jaksa menghadirkan …`: maybe a dateline without an outlet, maybe a sentence. */
export const looksLikePlaceDateline = (line: string): boolean => PLACE_DATELINE.test(line);
