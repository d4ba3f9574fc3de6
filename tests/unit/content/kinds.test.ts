import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, DEFAULT_KIND, isCoverageOpen, KIND_NAMES, kindMarker, type KindName } from '../../../src/lib/content/kinds.ts';
import { dictionaries } from '../../../src/lib/i18n/index.ts';
import { parseArticleDate } from '../../../src/lib/utils/dates.ts';

const at = (iso: string) => parseArticleDate(iso, 'Asia/Jakarta')!;
const NOW = Date.parse('2024-03-10T12:00:00+07:00');

describe('the kinds table', () => {
  it('has the kinds of the content format, a report by default', () => {
    expect(KIND_NAMES).toEqual(['berita', 'opini', 'analisis', 'wawancara', 'feature', 'obituari', 'langsung']);
    expect(DEFAULT_KIND).toBe('berita');
  });

  it('maps each kind to its schema.org type', () => {
    const types = Object.fromEntries(KIND_NAMES.map((name) => [name, ARTICLE_KINDS[name].schemaType]));
    expect(types).toEqual({
      berita: 'NewsArticle',
      opini: 'OpinionNewsArticle',
      analisis: 'AnalysisNewsArticle',
      wawancara: 'ReportageNewsArticle',
      feature: 'ReportageNewsArticle',
      obituari: 'NewsArticle',
      langsung: 'LiveBlogPosting',
    });
  });

  it('asks a named author of opinion and analysis only, and updates of live pages only', () => {
    expect(KIND_NAMES.filter((name) => 'needsAuthor' in ARTICLE_KINDS[name])).toEqual(['opini', 'analisis']);
    expect(KIND_NAMES.filter((name) => ARTICLE_KINDS[name].live)).toEqual(['langsung']);
  });

  it('names every kind in every dictionary, each differently', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      const labels = KIND_NAMES.map((name) => dictionary[ARTICLE_KINDS[name].label]);
      expect(new Set(labels).size, lang).toBe(KIND_NAMES.length);
    }
    expect(dictionaries.id!['kind.opini']).toBe('Opini');
  });
});

describe('live coverage', () => {
  it('is open with no end, or an end still to come', () => {
    expect(isCoverageOpen({ start: at('2024-03-10T06:00:00+07:00') }, NOW)).toBe(true);
    expect(isCoverageOpen({ start: at('2024-03-10T06:00:00+07:00'), end: at('2024-03-10T18:00:00+07:00') }, NOW)).toBe(true);
    expect(isCoverageOpen({ start: at('2024-03-10T06:00:00+07:00'), end: at('2024-03-10T12:00:00+07:00') }, NOW)).toBe(false);
    expect(isCoverageOpen(undefined, NOW)).toBe(false);
  });
});

describe('kindMarker', () => {
  const marker = (kind: KindName, coverage?: Parameters<typeof kindMarker>[0]['coverage']) => kindMarker({ kind, coverage }, NOW);

  it('marks nothing on a report, the label on other kinds, opinion in its own tone', () => {
    expect(marker('berita')).toBeUndefined();
    expect(marker('analisis')).toEqual({ badge: 'label', text: 'kind.analisis', tone: 'plain' });
    expect(marker('opini')).toEqual({ badge: 'label', text: 'kind.opini', tone: 'opinion' });
  });

  it('shows the live badge only while coverage is open, the label after', () => {
    expect(marker('langsung', { start: at('2024-03-10T06:00:00+07:00') })).toEqual({ badge: 'live', text: 'kind.liveBadge' });
    expect(marker('langsung', { start: at('2024-03-08T06:00:00+07:00'), end: at('2024-03-08T20:00:00+07:00') })).toEqual({
      badge: 'label',
      text: 'kind.langsung',
      tone: 'plain',
    });
  });
});
