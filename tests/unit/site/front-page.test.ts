import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { BESIDE_LEAD, DEFAULT_SECTION_BLOCKS, resolveFrontPage, SECTION_BLOCK_STORIES, type FrontPageInput } from '../../../src/lib/site/front-page.ts';
import { paginate } from '../../../src/lib/site/paginate.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { parseArticleDate } from '../../../src/lib/utils/dates.ts';

const FILE = 'content/front-page.yaml';

/** Stories dated one a day back from 31 May 2024, newest first, in the given sections. */
function stories(sections: readonly string[]) {
  return sections.map((section, index) => ({
    slug: `s${index}`,
    title: `Berita ${index}`,
    section,
    tags: [],
    date: parseArticleDate(new Date(Date.UTC(2024, 4, 31 - index)).toISOString().slice(0, 10), 'Asia/Jakarta')!,
  }));
}

function input(shown: ReturnType<typeof stories>, config: FrontPageInput<(typeof shown)[number]>['config'], hidden: { slug: string; section: string }[] = []) {
  return { config, file: FILE, shown, sections: buildSiteIndex(shown, 'Asia/Jakarta').sections, all: [...shown, ...hidden], pageSize: 20 };
}

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('resolveFrontPage without a file', () => {
  const shown = stories(['Dunia', 'Ekonomi', 'Dunia', 'Nasional', 'Ekonomi', 'Dunia', 'Nasional', 'Ekonomi', 'Dunia', 'Olahraga']);
  const front = resolveFrontPage(input(shown, undefined));

  it('leads with the newest story and puts the next newest beside it', () => {
    expect(front.lead?.slug).toBe('s0');
    expect(front.picks).toEqual([]);
    expect(front.beside).toEqual({ kind: 'latest', articles: shown.slice(1, 1 + BESIDE_LEAD) });
  });

  it('keeps page 1 of the listing, without repeating the lead or what is beside it', () => {
    expect(slugs(front.latest)).toEqual(slugs(shown.slice(1 + BESIDE_LEAD)));
  });

  it('shows the stories of the listing’s own page, so its first numbered page follows without a gap', () => {
    for (const count of [39, 40, 47, 60]) {
      const many = stories(Array.from({ length: count }, () => 'Dunia'));
      const arranged = resolveFrontPage(input(many, undefined));
      const river = [arranged.lead!, ...arranged.beside.articles, ...arranged.latest];
      const firstNumbered = paginate(many, 20, '/')[1];
      expect(slugs(river)).toEqual(slugs(many.slice(0, firstNumbered ? many.indexOf(firstNumbered.items[0]!) : count)));
    }
  });

  it('gives every section a block, the section with the newest story first, without the stories above', () => {
    // Ekonomi's newest after s1 (beside) is s4 (also beside), so s7; Olahraga's only story is s9.
    expect(front.sections.map(({ topic, articles }) => [topic.name, slugs(articles)])).toEqual([
      ['Dunia', ['s5', 's8']],
      ['Ekonomi', ['s7']],
      ['Nasional', ['s6']],
      ['Olahraga', ['s9']],
    ]);
  });

  it('caps the default blocks and the stories in each', () => {
    const many = stories(Array.from({ length: 40 }, (_, index) => `Rubrik ${index % 10}`));
    const blocks = resolveFrontPage(input(many, undefined)).sections;
    expect(blocks).toHaveLength(DEFAULT_SECTION_BLOCKS);
    expect(Math.max(...blocks.map((block) => block.articles.length))).toBe(SECTION_BLOCK_STORIES);
  });

  it('is empty for a site without stories', () => {
    expect(resolveFrontPage(input([], undefined))).toMatchObject({ lead: undefined, sections: [], latest: [], warnings: [] });
  });
});

describe('resolveFrontPage with front-page.yaml', () => {
  const shown = stories(['Dunia', 'Ekonomi', 'Nasional', 'Ekonomi', 'Dunia', 'Nasional']);
  const draft = { slug: 'draf', section: 'Olahraga' };

  it('shows the lead, the picks beside it and the named sections, in the file’s order', () => {
    const front = resolveFrontPage(input(shown, { lead: 's3', picks: ['s5', 's0'], sections: ['nasional', 'Dunia'] }));
    expect(front.lead?.slug).toBe('s3');
    expect(front.beside).toEqual({ kind: 'picks', articles: front.picks });
    expect(slugs(front.picks)).toEqual(['s5', 's0']);
    expect(front.sections.map(({ topic, articles }) => [topic.name, slugs(articles)])).toEqual([
      ['Nasional', ['s2']],
      ['Dunia', ['s4']],
    ]);
    expect(slugs(front.latest)).toEqual(['s1', 's2', 's4']);
  });

  it('takes absent keys from the defaults and an empty list as none', () => {
    expect(resolveFrontPage(input(shown, { picks: ['s2'] })).lead?.slug).toBe('s0');
    expect(resolveFrontPage(input(shown, { picks: ['s0'] })).lead?.slug).toBe('s1');
    expect(resolveFrontPage(input(shown, { sections: [] })).sections).toEqual([]);
  });

  it('leaves out a draft or a section without shown stories, with one warning each', () => {
    const front = resolveFrontPage(input(shown, { lead: 'draf', picks: ['s1', 'draf'], sections: ['Olahraga'] }, [draft]));
    expect(front.lead?.slug).toBe('s0');
    expect(slugs(front.picks)).toEqual(['s1']);
    expect(front.warnings).toEqual([
      `${FILE}: lead: "draf" is a draft or not yet published, so this build leaves it out`,
      `${FILE}: picks.1: "draf" is a draft or not yet published, so this build leaves it out`,
      `${FILE}: sections.0: section "Olahraga" has no published story in this build, so it is left out`,
    ]);
  });

  it('warns of a named section whose stories are all shown above it, and gives it no block', () => {
    // Ekonomi's stories are s1 and s3: the lead and a pick. Dunia keeps s4 after its s0 is picked.
    const front = resolveFrontPage(input(shown, { lead: 's1', picks: ['s3', 's0'], sections: ['Ekonomi', 'Dunia'] }));
    expect(front.sections.map(({ topic, articles }) => [topic.name, slugs(articles)])).toEqual([['Dunia', ['s4']]]);
    expect(front.warnings).toEqual([`${FILE}: sections.0: every story of section "Ekonomi" is already shown above it (the lead or beside it), so it gets no block`]);
  });

  it('drops a default section with nothing left to show without a word: the file named none', () => {
    const front = resolveFrontPage(input(stories(['Dunia', 'Ekonomi']), undefined));
    expect(front.sections.map(({ topic }) => topic.name)).toEqual([]);
    expect(front.warnings).toEqual([]);
  });

  it('refuses unknown slugs and sections and repeated stories, one line each', () => {
    expect(problemsOf(() => resolveFrontPage(input(shown, { lead: 'x', picks: ['s1', 'y', 's1'], sections: ['Dunia', 'Sains', 'dunia'] })))).toEqual([
      `${FILE}: lead: expected the slug of an article, got "x"`,
      `${FILE}: picks.1: expected the slug of an article, got "y"`,
      `${FILE}: picks.2: expected a story not already named above, got "s1" again`,
      `${FILE}: sections.1: expected the name of a section, got "Sains"`,
      `${FILE}: sections.2: expected a section not already named above, got "dunia" again`,
    ]);
  });
});

describe('resolveFrontPage from what a server reads (src/data/front-page.ts)', () => {
  // 79 stories in 9 sections: at 20 a page the listing's own page holds 39 (one story short of
  // 40, where a page is cut off), and older sections fall outside it.
  const names = ['Dunia', 'Ekonomi', 'Nasional', 'Olahraga', 'Budaya', 'Sains', 'Opini', 'Daerah', 'Hukum'];
  const shown = stories(Array.from({ length: 79 }, (_, index) => names[Math.floor(index / 5) % names.length]!));
  const hidden = [{ slug: 'draf', section: 'Rahasia' }];

  /** The newest as far as the listing's own page, the named stories, each section's newest few: what fromListings reads. */
  function truncated(config: FrontPageInput<(typeof shown)[number]>['config']) {
    const full = input(shown, config, hidden);
    const reach = SECTION_BLOCK_STORIES + 1 + Math.max(BESIDE_LEAD, config?.picks?.length ?? 0);
    const river = shown.slice(0, paginate(shown, 20, '/')[0]!.items.length);
    const named = [config?.lead, ...(config?.picks ?? [])].flatMap((slug) => shown.find((story) => story.slug === slug) ?? []);
    const knownNamed = [config?.lead, ...(config?.picks ?? [])].flatMap((slug) => [...shown, ...hidden].filter((story) => story.slug === slug));
    const knownSections = (config?.sections ?? []).flatMap((name) => [...shown, ...hidden].filter((story) => story.section === name).slice(0, 1));
    return {
      ...full,
      shown: [...river, ...named.filter((story) => !river.includes(story))],
      shownCount: shown.length,
      sections: full.sections.map((topic) => ({ ...topic, articles: topic.articles.slice(0, reach) })),
      all: [...knownNamed, ...knownSections],
    };
  }

  it.each([
    ['no file', undefined],
    ['a lead and picks older than the first page, named sections', { lead: 's70', picks: ['s75', 's1', 'draf'], sections: ['Hukum', 'Dunia', 'Rahasia'] }],
    ['picks only', { picks: ['s2', 's3', 's4', 's5', 's6', 's7'] }],
  ])('%s: the same page as from every story', (_name, config) => {
    // A block's topic is its section as named; the stories a server read of it are not all of them.
    const page = (front: ReturnType<typeof resolveFrontPage<(typeof shown)[number]>>) => ({
      ...front,
      sections: front.sections.map(({ topic, articles }) => ({ topic: { name: topic.name, slug: topic.slug }, articles })),
    });
    const fromAll = page(resolveFrontPage(input(shown, config, hidden)));
    expect(page(resolveFrontPage(truncated(config)))).toEqual(fromAll);
    expect(fromAll.sections.length).toBeGreaterThan(1);
    // The case is one where the truncation matters.
    expect(truncated(config).shown.length).toBeLessThan(shown.length);
  });
});
