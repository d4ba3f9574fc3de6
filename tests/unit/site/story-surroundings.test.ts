/**
 * Server mode's article page reads its surroundings from the store's listing rows a few at a
 * time (src/lib/site/story-surroundings.ts); a build reads them from the whole site's index
 * (src/lib/site/site-index.ts). Over a generated archive with what makes them differ if either
 * is wrong (same-moment stories, a section and tags written in two cases, shared headlines,
 * drafts, scheduled stories, lead pictures), every shown story's surroundings are the same,
 * on SQLite and on a throwaway PostgreSQL.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingRows, LISTING, type ListedStory } from '../../../src/lib/store/listing-rows.ts';
import { openStore, type Store } from '../../../src/lib/store/store.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { storySurroundings } from '../../../src/lib/site/story-surroundings.ts';
import { isShown } from '../../../src/lib/site/publication.ts';
import { newestFirst } from '../../../src/lib/utils/ordering.ts';
import { titleKey } from '../../../src/lib/utils/related.ts';
import { postgresBin, startPostgres, type PostgresCluster } from '../../support/postgres.ts';
import { tempDir } from '../../support/temp.ts';

const TIME_ZONE = 'Asia/Jakarta';
const NOW = Date.parse('2024-06-01T00:00:00Z');
const OWN_CARDS = 30;

interface Story extends ListedStory {
  related: { title: string; url?: string }[];
  hasLead: boolean;
}

/** mulberry32: the same archive every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function archive(count: number): Story[] {
  const next = random(20241207);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sections = ['Dunia', 'dunia', 'Nasional', 'Ekonomi', 'Olahraga'];
  const tags = Array.from({ length: 12 }, (_, index) => `Topik ${index}`).concat(['rusia', 'Rusia', 'NATO']);
  const titles = Array.from({ length: 40 }, (_, index) => `Judul bersama ${index}`);
  return Array.from({ length: count }, (_, index) => {
    // Few distinct moments: many stories share one, so the slug decides their order.
    const time = Date.parse('2024-01-01T00:00:00Z') + Math.floor(next() * 60) * 86_400_000 * 2.5;
    const ownTags = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(tags));
    return {
      slug: `${pick(['a', 'b', 'B', 'c-1', 'c1'])}-${index}`,
      title: next() < 0.3 ? pick(titles) : `Berita ${index}`,
      section: pick(sections),
      tags: ownTags,
      authors: [],
      draft: next() < 0.05,
      // A few scheduled past the moment the pages show.
      date: { time: next() < 0.05 ? NOW + 86_400_000 : Math.min(time, NOW) } as ListedStory['date'],
      related: next() < 0.4 ? [{ title: pick(titles).toUpperCase() }, { title: 'Tidak ada yang bernama begini' }, { title: 'Luar', url: 'https://contoh.id/' }] : [],
      hasLead: next() < 0.5,
    };
  });
}

const stories = archive(420);

async function fill(store: Store) {
  await store.transaction(async () => {
    for (const story of stories)
      await store.put('articles', { id: story.slug, file: `${story.slug}.md`, digest: 'd', data: story, html: '' }, undefined, listingRows(story, TIME_ZONE));
  });
}

/** What a build gives each shown story (src/data/article-pages.ts's articlePagePaths). */
function fromBuild() {
  const shown = newestFirst(
    stories.filter((story) => isShown(story, { now: NOW, dev: false, includeScheduled: false })),
    (story) => story,
  );
  const index = buildSiteIndex(shown, TIME_ZONE);
  const slugByTitle = new Map(shown.map((story) => [titleKey(story.title), story.slug]));
  const withOwnCard = new Set(shown.slice(0, OWN_CARDS));
  return shown.map((story) => ({
    story,
    expected: {
      section: { name: index.sectionOf(story).name, slug: index.sectionOf(story).slug },
      tags: index.tagsOf(story).map(({ name, slug }) => ({ name, slug })),
      moreStories: index.moreStories(story).map((other) => other.slug),
      previous: index.neighbours(story).previous?.slug,
      next: index.neighbours(story).next?.slug,
      related: story.related.filter((link) => !link.url).map((link) => slugByTitle.get(titleKey(link.title))),
      amongNewest: withOwnCard.has(story),
    },
  }));
}

async function expectSameAsBuild(store: Store) {
  const cases = fromBuild();
  // The archive has what the comparison is for.
  expect(cases.length).toBeGreaterThan(350);
  expect(cases.filter(({ expected }) => expected.moreStories.length === 4).length).toBeGreaterThan(300);
  expect(new Set(cases.map(({ story }) => story.date.time)).size).toBeLessThan(cases.length / 3);
  for (const { story, expected } of cases) {
    const around = await storySurroundings(store, story, { until: NOW, ownCardLimit: OWN_CARDS });
    const actual = {
      section: around.section,
      tags: around.tags,
      moreStories: around.moreStories,
      previous: around.previous,
      next: around.next,
      related: story.related.filter((link) => !link.url).map((link) => around.relatedByTitle.get(titleKey(link.title))),
      amongNewest: around.amongNewest,
    };
    expect(actual, story.slug).toEqual(expected);
  }
}

describe('story surroundings from the store equal the build’s', () => {
  it('SQLite', async () => {
    const store = await openStore(join(tempDir('surroundings'), 'warta.sqlite'));
    try {
      await fill(store);
      await expectSameAsBuild(store);
    } finally {
      await store.close();
    }
  });

  describe.skipIf(!postgresBin())('PostgreSQL', () => {
    let cluster: PostgresCluster;
    beforeAll(async () => {
      cluster = await startPostgres();
    });
    afterAll(() => cluster?.close());

    it('the same answers', async () => {
      const store = await openStore(cluster.url);
      try {
        await fill(store);
        await expectSameAsBuild(store);
      } finally {
        await store.close();
      }
    });
  });
});

describe('listing rows', () => {
  it('put a story in each of its listings once, a draft in none but its section’s known list', () => {
    const story = { ...stories[0]!, slug: 'x', section: 'Dunia', tags: ['Rusia', 'rusia', 'NATO'], authors: ['Ayu', 'Ayu', 'Antara'], draft: false, title: 'Judul “Satu”' };
    expect(listingRows(story, TIME_ZONE).map((row) => [row.listing, row.name])).toEqual([
      [LISTING.anySection('dunia'), ''],
      [LISTING.home, ''],
      [LISTING.section('dunia'), 'Dunia'],
      [LISTING.month(...monthParts(story.date.time)), ''],
      [LISTING.topic('rusia'), 'Rusia'],
      [LISTING.topic('nato'), 'NATO'],
      [LISTING.author('Ayu'), 'Ayu'],
      [LISTING.author('Antara'), 'Antara'],
      [LISTING.title('judul satu'), ''],
    ]);
    expect(listingRows({ ...story, draft: true }, TIME_ZONE).map((row) => row.listing)).toEqual([LISTING.anySection('dunia')]);
  });
});

function monthParts(time: number): [number, number] {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric' }).formatToParts(time);
  return [Number(parts.find((part) => part.type === 'year')!.value), Number(parts.find((part) => part.type === 'month')!.value)];
}
