import { describe, expect, it } from 'vitest';
import { findDateMentions, latestDateMention } from '../../../src/lib/import/dates.ts';

const isos = (text: string): string[] => findDateMentions(text).map((mention) => mention.iso);

describe('findDateMentions', () => {
  it('reads the seed’s Indonesian dates with their day names', () => {
    expect(findDateMentions('Lavrov, pada Selasa, 31 Januari 2023, mengungkapkan')).toEqual([{ iso: '2023-01-31', text: 'Selasa, 31 Januari 2023' }]);
    expect(isos('Melansir dari Newsweek, Rabu, 1 Februari 2023, Lavrov')).toEqual(['2023-02-01']);
  });

  it('reads English dates in both orders, with abbreviations and ordinals', () => {
    expect(isos('on Wednesday, February 1, 2023, and Feb. 2nd, 2023, and 3 Mar 2023')).toEqual(['2023-02-01', '2023-02-02', '2023-03-03']);
  });

  it('reads Indonesian month abbreviations and old spellings', () => {
    expect(isos('1 Agt 2023, 2 Des 2023, 3 Pebruari 2023, 4 Nopember 2023')).toEqual(['2023-08-01', '2023-12-02', '2023-02-03', '2023-11-04']);
  });

  it('reads a day/month/year date after an Indonesian day name, and ISO dates', () => {
    expect(isos('Rabu (1/2/2023) dan 2023-02-01')).toEqual(['2023-02-01', '2023-02-01']);
  });

  it('ignores dates that do not exist and dates whose day name contradicts them', () => {
    expect(isos('31 Februari 2023')).toEqual([]);
    // 31 January 2023 was a Tuesday (Selasa).
    expect(isos('Senin, 31 Januari 2023')).toEqual([]);
    expect(isos("Jum'at, 3 Februari 2023")).toEqual(['2023-02-03']);
  });

  it('needs a day, a month and a year', () => {
    expect(isos('Januari 2023, pada 31 Januari, tahun 2023, 1/2/2023')).toEqual([]);
  });

  it('does not read month names inside other words', () => {
    expect(isos('12 Maret2023 dan 5 Meikarta 2023')).toEqual([]);
  });
});

describe('latestDateMention', () => {
  it('gives the latest day mentioned anywhere, as the seed is dated', () => {
    expect(latestDateMention(['Senin, 30 Januari 2023', 'Selasa, 31 Januari 2023 dan Rabu, 1 Februari 2023'])).toEqual({
      iso: '2023-02-01',
      text: 'Rabu, 1 Februari 2023',
    });
  });

  it('gives undefined when no date is mentioned', () => {
    expect(latestDateMention(['kemarin', 'pekan lalu'])).toBeUndefined();
  });
});
