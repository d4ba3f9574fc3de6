import { describe, expect, it } from 'vitest';
import { buildSiteIndex, MORE_STORIES, RELATED_LOOK_BACK, type IndexedArticle } from '../../../src/lib/site/site-index.ts';
import { parseArticleDate } from '../../../src/lib/utils/dates.ts';

const JAKARTA = 'Asia/Jakarta';
const article = (slug: string, date: string, section: string, tags: string[] = []): IndexedArticle => ({
  slug,
  title: slug,
  section,
  tags,
  date: parseArticleDate(date, JAKARTA)!,
});

// Newest first, as the site lists them.
const a = article('a', '2024-03-05', 'Dunia', ['Rusia', 'NATO', 'Ukraina']);
const b = article('b', '2024-03-04', 'Nasional', ['Rusia', 'NATO']);
const c = article('c', '2024-03-03', 'Dunia', ['Mesir']);
const d = article('d', '2024-02-29', 'Dunia', ['rusia']);
const e = article('e', '2024-02-01T00:30:00+07:00', 'Ekonomi');
const f = article('f', '2024-01-31', 'Ekonomi');
const index = buildSiteIndex([a, b, c, d, e, f], JAKARTA);

describe('buildSiteIndex', () => {
  it('groups sections and tags by their slug, sorted by name', () => {
    expect(index.sections.map(({ name, slug, articles }) => [name, slug, articles.map((x) => x.slug)])).toEqual([
      ['Dunia', 'dunia', ['a', 'c', 'd']],
      ['Ekonomi', 'ekonomi', ['e', 'f']],
      ['Nasional', 'nasional', ['b']],
    ]);
    expect(index.tags.find((tag) => tag.slug === 'rusia')).toMatchObject({ name: 'Rusia', articles: [a, b, d] });
    expect(index.tagsOf(d).map((tag) => tag.name)).toEqual(['Rusia']);
  });

  it('sorts numbers in names by value, as a reader looks for them', () => {
    const numbered = buildSiteIndex([article('x', '2024-03-05', 'Dunia', ['Topik 10', 'G20', 'Topik 9', 'G7', 'Topik 100'])], JAKARTA);
    expect(numbered.tags.map((tag) => tag.name)).toEqual(['G7', 'G20', 'Topik 9', 'Topik 10', 'Topik 100']);
  });

  it('files articles by month in the site time zone, newest month first', () => {
    // 2024-02-01 00:30 in Jakarta is still January in UTC: it belongs to February here.
    expect(index.months.map(({ year, month, articles }) => [year, month, articles.map((x) => x.slug)])).toEqual([
      [2024, 3, ['a', 'b', 'c']],
      [2024, 2, ['d', 'e']],
      [2024, 1, ['f']],
    ]);
  });

  it('picks earlier stories by shared tags, then section, then nearness in time', () => {
    expect(index.moreStories(a).map((x) => x.slug)).toEqual(['b', 'd', 'c', 'e']);
    // Nothing is older than the first story: it takes the nearest later ones.
    expect(index.moreStories(f).map((x) => x.slug)).toEqual(['e', 'd', 'c', 'b']);
    expect(index.moreStories(c).map((x) => x.slug)).toEqual(['d', 'e', 'f', 'b']);
  });

  it("keeps an article's more stories when newer stories are published", () => {
    const newer = article('n', '2024-03-06', 'Dunia', ['Rusia', 'NATO', 'Ukraina']);
    const grown = buildSiteIndex([newer, a, b, c, d, e, f], JAKARTA);
    for (const story of [a, b, c, d, e]) expect(grown.moreStories(story), story.slug).toEqual(index.moreStories(story));
    expect(grown.moreStories(newer).map((x) => x.slug)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('looks back a bounded number of stories in each tag', () => {
    // The newest story shares one tag with the next ones and two with one far back.
    const far = article('jauh', '2020-01-01', 'Dunia', ['Rusia', 'NATO']);
    // The index takes its articles newest first as given; their dates do not matter here.
    const fillersNewestFirst = Array.from({ length: RELATED_LOOK_BACK }, (_, n) => article(`isi-${n}`, '2023-01-01', 'Dunia', ['Rusia']));
    const newest = article('baru', '2024-01-01', 'Dunia', ['Rusia', 'NATO']);
    const wide = buildSiteIndex([newest, ...fillersNewestFirst, far], JAKARTA);
    expect(wide.moreStories(newest)).toHaveLength(MORE_STORIES);
    expect(wide.moreStories(newest)).not.toContain(far);
    // Within reach, two shared tags beat one.
    const near = buildSiteIndex([newest, ...fillersNewestFirst.slice(0, 10), far], JAKARTA);
    expect(near.moreStories(newest)[0]).toBe(far);
  });

  it('offers none when the site has no other story', () => {
    const alone = buildSiteIndex([a], JAKARTA);
    expect(alone.moreStories(a)).toEqual([]);
    expect(alone.neighbours(a)).toEqual({ previous: undefined, next: undefined });
  });

  it('knows the previous (older) and next (newer) story in the section', () => {
    expect(index.neighbours(c)).toEqual({ previous: d, next: a });
    expect(index.neighbours(a)).toEqual({ previous: c, next: undefined });
    expect(index.neighbours(b)).toEqual({ previous: undefined, next: undefined });
  });
});
