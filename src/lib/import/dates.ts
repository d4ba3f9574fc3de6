/**
 * Dates that a scrape mentions, in Indonesian and English: `Rabu, 1 Februari 2023`,
 * `1 Feb 2023`, `Wednesday, February 1, 2023`, `Rabu (1/2/2023)`, `2023-02-01`. The importer
 * dates an article by the latest one when no `--date` is given.
 */

export interface DateMention {
  /** The day, `2023-02-01`. */
  iso: string;
  /** The words that gave it, as written. */
  text: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

/** Day of the week as `Date.getUTCDay()` numbers it (Sunday is 0). */
const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0,
  ahad: 0,
  sunday: 0,
  sun: 0,
  senin: 1,
  monday: 1,
  mon: 1,
  selasa: 2,
  tuesday: 2,
  tue: 2,
  tues: 2,
  rabu: 3,
  wednesday: 3,
  wed: 3,
  kamis: 4,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  jumat: 5,
  "jum'at": 5,
  'jum’at': 5,
  friday: 5,
  fri: 5,
  sabtu: 6,
  saturday: 6,
  sat: 6,
};

// Longest names first, so that `Juni` is not read as `Jun` followed by a stray letter.
const alternation = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(?:${alternation(Object.keys(MONTHS))})`;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
// Words are delimited by anything that is not a letter, as `\b` only knows ASCII.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const MENTION = new RegExp(
  [
    // Rabu (1/2/2023): the Indonesian press writes day/month/year after a day name.
    String.raw`(?<wdNum>${WEEKDAY})\.?\s*\(\s*(?<dNum>\d{1,2})\/(?<mNum>\d{1,2})\/(?<yNum>\d{4})\s*\)`,
    // Rabu, 1 Februari 2023 / 1 Feb. 2023
    String.raw`(?:(?<wdDmy>${WEEKDAY})\.?,?\s+)?(?<dDmy>\d{1,2})\s+(?<mDmy>${MONTH})\.?,?\s+(?<yDmy>\d{4})`,
    // Wednesday, February 1, 2023 / Feb. 1st, 2023
    String.raw`(?:(?<wdMdy>${WEEKDAY})\.?,?\s+)?(?<mMdy>${MONTH})\.?\s+(?<dMdy>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<yMdy>\d{4})`,
    String.raw`(?<yIso>\d{4})-(?<mIso>\d{2})-(?<dIso>\d{2})`,
  ]
    .map((pattern) => `${START}${pattern}${END}`)
    .join('|'),
  'giu',
);

function isoDay(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return probe.toISOString().slice(0, 10);
}

function toMention(match: RegExpExecArray | RegExpMatchArray): DateMention | undefined {
  const groups = match.groups ?? {};
  const [year, month, day, weekday] = [
    groups.yNum ?? groups.yDmy ?? groups.yMdy ?? groups.yIso,
    groups.mNum ?? groups.mDmy ?? groups.mMdy ?? groups.mIso,
    groups.dNum ?? groups.dDmy ?? groups.dMdy ?? groups.dIso,
    groups.wdNum ?? groups.wdDmy ?? groups.wdMdy,
  ];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const monthNumber = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
  if (monthNumber === undefined) return undefined;
  const iso = isoDay(Number(year), monthNumber, Number(day));
  if (iso === undefined) return undefined;
  // A day name that contradicts the date means one of them is a typo: trust neither.
  if (weekday !== undefined && new Date(`${iso}T00:00:00Z`).getUTCDay() !== WEEKDAYS[weekday.toLowerCase()]) return undefined;
  return { iso, text: match[0] };
}

/** Every real calendar day the text names with day, month and year, in order. */
export function findDateMentions(text: string): DateMention[] {
  return [...text.matchAll(MENTION)].flatMap((match) => toMention(match) ?? []);
}

/** The latest day mentioned in any of the texts (the first mention of it), if any. */
export function latestDateMention(texts: readonly string[]): DateMention | undefined {
  let latest: DateMention | undefined;
  for (const mention of texts.flatMap(findDateMentions)) {
    if (latest === undefined || mention.iso > latest.iso) latest = mention;
  }
  return latest;
}
