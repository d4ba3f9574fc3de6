/**
 * Article dates. Front matter gives either a calendar day (`2023-02-01`), read as midnight in the
 * site's time zone, or a moment with an explicit offset. Both keep whether a time was given, so
 * pages never show a time of day that nobody wrote.
 */
export interface ArticleDate {
  /** The value as written in the front matter. */
  iso: string;
  /** Milliseconds since the epoch: midnight in the site's zone for a bare day. */
  time: number;
  /** True when only a day was given. */
  dateOnly: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * One formatter per style, locale and zone: building an `Intl.DateTimeFormat` costs far more
 * than formatting with it (≈ 0.3 ms against a few µs), and a large site formats dates hundreds
 * of thousands of times (every listing line, every feed item, every page's metadata). Styles
 * are module constants, so the cache finds them by identity rather than by serializing them.
 */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
export function dateFormatter(style: Intl.DateTimeFormatOptions, locale: string, timeZone: string): Intl.DateTimeFormat {
  let byPlace = formatters.get(style);
  if (!byPlace) formatters.set(style, (byPlace = new Map()));
  const key = `${locale}\u0000${timeZone}`;
  let format = byPlace.get(key);
  if (!format) byPlace.set(key, (format = new Intl.DateTimeFormat(locale, { ...style, timeZone })));
  return format;
}

const CLOCK_PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};
const READER_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const READER_CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

/**
 * Offsets already worked out, by zone and instant: a build asks for the same article dates again
 * and again (each page's metadata, every feed and the news sitemap), and `formatToParts` costs
 * ≈ 8 µs, 0.3 s of a 20,000-article publish. Emptied past a bound, so that a server rendering
 * a million stories' pages on demand does not keep every instant it was ever asked.
 */
const offsets = new Map<string, Map<number, number>>();
const OFFSETS_KEPT = 200_000;

/** Offset of `timeZone` from UTC, in minutes, at the given instant. */
export function zoneOffsetMinutes(time: number, timeZone: string): number {
  let byTime = offsets.get(timeZone);
  if (!byTime) offsets.set(timeZone, (byTime = new Map()));
  let offset = byTime.get(time);
  if (offset === undefined) {
    if (byTime.size >= OFFSETS_KEPT) byTime.clear();
    byTime.set(time, (offset = computeOffsetMinutes(time, timeZone)));
  }
  return offset;
}

function computeOffsetMinutes(time: number, timeZone: string): number {
  const parts = dateFormatter(CLOCK_PARTS, 'en-US', timeZone).formatToParts(new Date(time));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
}

/** Reads an ISO 8601 day or moment-with-offset; `undefined` when it is neither. */
export function parseArticleDate(value: string, timeZone: string): ArticleDate | undefined {
  const day = DAY.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isRealDay(year, month, date)) return undefined;
    const utcMidnight = Date.UTC(year, month - 1, date);
    // Two passes settle the offset even on a day the zone changes its clocks.
    let time = utcMidnight - zoneOffsetMinutes(utcMidnight, timeZone) * 60_000;
    time = utcMidnight - zoneOffsetMinutes(time, timeZone) * 60_000;
    return { iso: value, time, dateOnly: true };
  }
  const moment = MOMENT.exec(value);
  if (moment) {
    const [year, month, date, hour, minute, second] = moment.slice(1, 7).map((part) => Number(part ?? 0));
    if (!isRealDay(year!, month!, date!) || hour! > 23 || minute! > 59 || second! > 59) return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : { iso: value, time, dateOnly: false };
  }
  return undefined;
}

/** `2023-02-01T00:00:00+07:00`: the moment in the zone's local time with its offset, for machines. */
export function toZonedIso(time: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(time, timeZone);
  const local = new Date(time + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The `datetime` attribute of `<time>`: the day alone when only a day was given. */
export function machineDate(date: ArticleDate, timeZone: string): string {
  return date.dateOnly ? date.iso : toZonedIso(date.time, timeZone);
}

/** "Rabu, 1 Februari 2023", with "14.30 WIB" after it when a time was given. */
export function humanDate(date: ArticleDate, locale: string, timeZone: string): string {
  const day = dateFormatter(READER_DAY, locale, timeZone).format(date.time);
  if (date.dateOnly) return day;
  const clock = dateFormatter(READER_CLOCK, locale, timeZone).format(date.time);
  return `${day} ${clock}`;
}
