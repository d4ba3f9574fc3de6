import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../../src/lib/schemas/article.ts';
import { MAX_NAME_SLUG, nameSlug, slugify } from '../../../src/lib/utils/slug.ts';
import { SEED_SLUG } from '../../support/seed.ts';

describe('slugify', () => {
  it('gives the seed article’s file name from its headline', () => {
    expect(slugify('Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS')).toBe(SEED_SLUG);
  });

  it('drops diacritics and folds letters that do not decompose', () => {
    expect(slugify('Señor Müller à Đà Nẵng, Straße')).toBe('senor-muller-a-da-nang-strasse');
  });

  it('keeps words joined across apostrophes', () => {
    expect(slugify("Jum'at Kelabu: Russia’s Answer")).toBe('jumat-kelabu-russias-answer');
  });

  it('turns any run of other characters into one hyphen, none at the ends', () => {
    expect(slugify('  <b>Rp 33 Juta</b> -- di Bali?! ')).toBe('b-rp-33-juta-b-di-bali');
  });

  it('gives undefined when no Latin letter or digit is left', () => {
    expect(slugify('Лавров – Блинкен')).toBeUndefined();
    expect(slugify('!!!')).toBeUndefined();
  });

  it('always matches the schema’s slug pattern when it gives one', () => {
    for (const headline of ['A', 'x--y', 'Ünïcödé 2023', '1. Satu']) expect(slugify(headline)).toMatch(SLUG_PATTERN);
  });
});

describe('nameSlug', () => {
  it('slugs section and tag names, and gives names without Latin letters a stable one', () => {
    expect(nameSlug('Amerika Serikat')).toBe('amerika-serikat');
    expect(nameSlug('中国')).toMatch(/^t-[0-9a-f]{10}$/);
    expect(nameSlug('中国')).toBe(nameSlug('中国'));
    expect(nameSlug('中国')).not.toBe(nameSlug('日本'));
  });
});

describe('nameSlug of a very long name', () => {
  it('stays a short, valid and distinct file name', () => {
    const long = 'Kata '.repeat(200);
    expect(nameSlug(long).length).toBeLessThanOrEqual(MAX_NAME_SLUG);
    expect(nameSlug(long)).toMatch(SLUG_PATTERN);
    expect(nameSlug(long)).not.toBe(nameSlug(`${long}lain`));
  });
});
