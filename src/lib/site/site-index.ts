/**
 * Everything site-wide, computed once per build from the visible articles (newest first):
 * sections, tags, months, "Berita terkait", and the previous and next story in a section.
 * Pages look things up here instead of scanning every article per page, which would make a
 * build of N articles cost N².
 */
import { dateFormatter, type ArticleDate } from '../utils/dates.ts';
import { nameSlug } from '../utils/slug.ts';

export interface IndexedArticle {
  slug: string;
  title: string;
  section: string;
  tags: readonly string[];
  date: ArticleDate;
}

/** A section or a tag: its name as written first, its address segment and its articles. */
export interface Topic<T> {
  name: string;
  slug: string;
  articles: T[];
}

export interface Month<T> {
  year: number;
  /** 1–12. */
  month: number;
  articles: T[];
}

export interface SiteIndex<T extends IndexedArticle> {
  articles: readonly T[];
  sections: Topic<T>[];
  tags: Topic<T>[];
  months: Month<T>[];
  sectionOf: (article: T) => Topic<T>;
  tagsOf: (article: T) => Topic<T>[];
  /**
   * Up to `MORE_STORIES` earlier stories: most shared tags among the `RELATED_LOOK_BACK` stories
   * before it in each of its tags, then same section, then the nearest in time
   * (docs/decisions/019-related-stories-look-back.md).
   */
  moreStories: (article: T) => T[];
  /** The neighbours in the article's section: `previous` is older, `next` newer. */
  neighbours: (article: T) => { previous?: T | undefined; next?: T | undefined };
}

export const MORE_STORIES = 4;
/**
 * How far back "Berita terkait" looks in each of an article's tags. Looking only back keeps an
 * article's page unchanged when newer stories are published; the bound keeps the cost per
 * article fixed (scanning whole tags cost 14 s of an unchanged 100,000-article build).
 */
export const RELATED_LOOK_BACK = 200;

/** Groups by slug, so "Rusia" and "rusia" are one topic, named as first written (newest article). */
function groupTopics<T>(articles: readonly T[], namesOf: (article: T) => readonly string[], slugOf: (name: string) => string): Map<string, Topic<T>> {
  const topics = new Map<string, Topic<T>>();
  for (const article of articles) {
    for (const name of new Set(namesOf(article))) {
      const slug = slugOf(name);
      let topic = topics.get(slug);
      if (!topic) topics.set(slug, (topic = { name, slug, articles: [] }));
      if (topic.articles.at(-1) !== article) topic.articles.push(article);
    }
  }
  return topics;
}

/** Alphabetical, numbers by value: `G7` before `G20`, `Topik 9` before `Topik 10`. */
const byName = <T>(a: Topic<T>, b: Topic<T>) => a.name.localeCompare(b.name, 'id', { numeric: true });

const YEAR_AND_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric' };

/** Calendar month of a date in the site's zone. */
function monthOf(date: ArticleDate, timeZone: string): { year: number; month: number } {
  const parts = dateFormatter(YEAR_AND_MONTH, 'en-US', timeZone).formatToParts(date.time);
  return { year: Number(parts.find((p) => p.type === 'year')!.value), month: Number(parts.find((p) => p.type === 'month')!.value) };
}

/** The index of the first of the ascending `positions` above `position` (binary search). */
function firstAbove(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** nameSlug, once per name: a site has a few hundred names and tens of thousands of uses of them. */
function slugCache(): (name: string) => string {
  const slugs = new Map<string, string>();
  return (name) => slugs.get(name) ?? slugs.set(name, nameSlug(name)).get(name)!;
}

export function buildSiteIndex<T extends IndexedArticle>(articles: readonly T[], timeZone: string): SiteIndex<T> {
  const slugOf = slugCache();
  const sections = groupTopics(articles, (article) => [article.section], slugOf);
  const tags = groupTopics(articles, (article) => article.tags, slugOf);
  const position = new Map(articles.map((article, index) => [article, index]));

  const months = new Map<string, Month<T>>();
  for (const article of articles) {
    const { year, month } = monthOf(article.date, timeZone);
    const key = `${year}-${month}`;
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { year, month, articles: [] }));
    entry.articles.push(article);
  }

  const sectionOf = (article: T) => sections.get(slugOf(article.section))!;
  const tagsOf = (article: T) => [...new Set(article.tags.map(slugOf))].map((slug) => tags.get(slug)!);

  // "More stories" is asked of every article on every build: counted over positions in typed
  // arrays rather than a Map per article and a sort of all candidates, which cost a
  // 20,000-article build 55 s (an article shares a tag with ≈ 1,600 others there).
  const sectionNumber = new Map<string, number>();
  const sectionOfPosition = Int32Array.from(articles, ({ section }) => {
    if (!sectionNumber.has(section)) sectionNumber.set(section, sectionNumber.size);
    return sectionNumber.get(section)!;
  });
  const tagPositions = new Map<Topic<T>, Int32Array>();
  const positionsOf = (tag: Topic<T>) =>
    tagPositions.get(tag) ??
    tagPositions
      .set(
        tag,
        Int32Array.from(tag.articles, (other) => position.get(other)!),
      )
      .get(tag)!;
  const sectionPosition = new Map<T, number>();
  for (const section of sections.values()) section.articles.forEach((article, index) => sectionPosition.set(article, index));
  const sharedCount = new Uint16Array(articles.length);

  function moreStories(article: T): T[] {
    const self = position.get(article)!;
    const ownSection = sectionOfPosition[self]!;
    const candidates: number[] = [];
    for (const tag of tagsOf(article)) {
      const positions = positionsOf(tag);
      // Positions run newest first: the stories before this one follow it in its tag.
      const after = firstAbove(positions, self);
      for (const other of positions.subarray(after, after + RELATED_LOOK_BACK)) {
        if (sharedCount[other] === 0) candidates.push(other);
        sharedCount[other]!++;
      }
    }
    // Most shared tags first, then the same section, then the nearest (the lowest position, as all are older).
    const comesFirst = (a: number, b: number) =>
      sharedCount[a]! !== sharedCount[b]!
        ? sharedCount[a]! > sharedCount[b]!
        : (sectionOfPosition[a] === ownSection) !== (sectionOfPosition[b] === ownSection)
          ? sectionOfPosition[a] === ownSection
          : a < b;
    const best: number[] = [];
    for (const other of candidates) {
      if (best.length === MORE_STORIES && !comesFirst(other, best[MORE_STORIES - 1]!)) continue;
      let at = best.length;
      while (at > 0 && comesFirst(other, best[at - 1]!)) at--;
      best.splice(at, 0, other);
      if (best.length > MORE_STORIES) best.pop();
    }
    for (const other of candidates) sharedCount[other] = 0;
    const picked = best.map((other) => articles[other]!);
    // Too few shared tags: fill from the section's earlier stories, then the site's; only the
    // site's first stories, with too few before them, take the nearest later ones.
    const section = sectionOf(article).articles;
    const ownIndex = sectionPosition.get(article)!;
    const pools = [
      section.slice(ownIndex + 1, ownIndex + 1 + MORE_STORIES * 2),
      articles.slice(self + 1, self + 1 + MORE_STORIES * 2),
      articles.slice(Math.max(0, self - MORE_STORIES * 2), self).reverse(),
    ];
    for (const pool of pools) {
      for (const other of pool) {
        if (picked.length >= MORE_STORIES) return picked;
        if (!picked.includes(other)) picked.push(other);
      }
    }
    return picked;
  }

  function neighbours(article: T) {
    const list = sectionOf(article).articles;
    const index = sectionPosition.get(article)!;
    return { previous: list[index + 1], next: index > 0 ? list[index - 1] : undefined };
  }

  return {
    articles,
    sections: [...sections.values()].sort(byName),
    tags: [...tags.values()].sort(byName),
    months: [...months.values()],
    sectionOf,
    tagsOf,
    moreStories,
    neighbours,
  };
}
