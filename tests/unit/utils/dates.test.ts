import { describe, expect, it } from 'vitest';
import { dateFormatter, humanDate, machineDate, parseArticleDate, toZonedIso, zoneOffsetMinutes } from '../../../src/lib/utils/dates.ts';

const JAKARTA = 'Asia/Jakarta';

describe('parseArticleDate', () => {
  it('reads a bare day as midnight in the site time zone', () => {
    expect(parseArticleDate('2023-02-01', JAKARTA)).toEqual({ iso: '2023-02-01', time: Date.parse('2023-01-31T17:00:00Z'), dateOnly: true });
  });

  it('reads a moment with its offset', () => {
    expect(parseArticleDate('2023-02-01T14:30:00+07:00', JAKARTA)?.time).toBe(Date.parse('2023-02-01T07:30:00Z'));
    expect(parseArticleDate('2023-02-01T07:30Z', JAKARTA)?.dateOnly).toBe(false);
  });

  it('finds midnight on a day the clocks change', () => {
    // New York moved from -05:00 to -04:00 at 02:00 on 2023-03-12; midnight was still -05:00.
    expect(parseArticleDate('2023-03-12', 'America/New_York')?.time).toBe(Date.parse('2023-03-12T05:00:00Z'));
  });

  it.each(['kemarin', '2023-2-1', '2023-02-30', '2023-13-01', '2023-02-01T10:00', '2023-02-01T25:00:00+07:00', '01/02/2023', ''])('refuses %j', (value) => {
    expect(parseArticleDate(value, JAKARTA)).toBeUndefined();
  });
});

describe('formatting', () => {
  const day = parseArticleDate('2023-02-01', JAKARTA)!;
  const moment = parseArticleDate('2023-02-01T14:30:00+07:00', JAKARTA)!;

  it('says the day in Indonesian, whatever the machine zone', () => {
    expect(humanDate(day, 'id', JAKARTA)).toBe('Rabu, 1 Februari 2023');
  });

  it('adds the time only when one was written', () => {
    expect(humanDate(moment, 'id', JAKARTA)).toBe('Rabu, 1 Februari 2023 14.30 WIB');
  });

  it('gives machines the day alone, or the moment with the site offset', () => {
    expect(machineDate(day, JAKARTA)).toBe('2023-02-01');
    expect(machineDate(moment, JAKARTA)).toBe('2023-02-01T14:30:00+07:00');
    expect(toZonedIso(day.time, JAKARTA)).toBe('2023-02-01T00:00:00+07:00');
  });

  it('knows zone offsets', () => {
    expect(zoneOffsetMinutes(day.time, JAKARTA)).toBe(420);
    expect(zoneOffsetMinutes(Date.parse('2023-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(-420);
  });
});

describe('dateFormatter', () => {
  const style: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };

  it('builds one formatter per style, locale and zone, and reuses it', () => {
    const jakarta = dateFormatter(style, 'id', 'Asia/Jakarta');
    expect(dateFormatter(style, 'id', 'Asia/Jakarta')).toBe(jakarta);
    expect(dateFormatter(style, 'id', 'UTC')).not.toBe(jakarta);
    expect(dateFormatter(style, 'en', 'Asia/Jakarta')).not.toBe(jakarta);
    expect(dateFormatter({ ...style }, 'id', 'Asia/Jakarta')).not.toBe(jakarta);
  });

  it('formats in the zone it was asked for', () => {
    // 1 February 2023, 20:00 UTC: already the 2nd in Jakarta.
    const time = Date.UTC(2023, 1, 1, 20);
    expect([dateFormatter(style, 'id', 'UTC').format(time), dateFormatter(style, 'id', 'Asia/Jakarta').format(time)]).toEqual(['1 Februari', '2 Februari']);
  });
});
