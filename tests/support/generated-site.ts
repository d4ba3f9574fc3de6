/**
 * A news site of many articles made from the seed: the seed itself plus copies with their own
 * slug, headline, date, section and tags, for pagination, listings and feeds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedMarkdown, SEED_SLUG } from './seed.ts';
import { tempDir } from './temp.ts';

export const SECTIONS = ['Dunia', 'Nasional', 'Ekonomi'] as const;

export interface GeneratedSite {
  contentDir: string;
  slugs: string[];
}

/** `count` copies, dated one per day back from 2023-01-31, cycling through the sections. */
export function generateSite(count: number, extra: Readonly<Record<string, string>> = {}): GeneratedSite {
  const contentDir = tempDir('generated');
  const articles = join(contentDir, 'articles');
  mkdirSync(articles);
  const seed = seedMarkdown();
  writeFileSync(join(articles, `${SEED_SLUG}.md`), seed);
  const slugs = [SEED_SLUG];
  for (let index = 1; index <= count; index++) {
    const slug = `salinan-${index}`;
    const date = new Date(Date.UTC(2023, 0, 31 - index)).toISOString().slice(0, 10);
    const copy = seed
      .replace(/^title: .*$/m, `title: "Salinan ${index}: Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan"`)
      .replace(/^date: .*$/m, `date: ${date}`)
      .replace(/^section: .*$/m, `section: ${SECTIONS[index % SECTIONS.length]}`)
      .replace(/^tags:\n(?:  - .*\n)+/m, `tags:\n  - Rusia\n  - Topik ${index % 7}\n`);
    writeFileSync(join(articles, `${slug}.md`), copy);
    slugs.push(slug);
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(articles, name), text);
  return { contentDir, slugs };
}
