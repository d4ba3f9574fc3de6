import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../../src/lib/content/article-files.ts';
import { articleOutcome, createArticleLoader, type ArticleRenderSettings } from '../../../src/lib/content/load-article.ts';
import { createRenderPool } from '../../../src/loaders/render-pool.ts';
import { makePng } from '../../support/png.ts';
import { SEED_ARTICLE_PATH, SEED_SLUG } from '../../support/seed.ts';
import { tempDir } from '../../support/temp.ts';

// A base path of its own, so that a worker that ignored its settings would show in picture addresses.
const settings: ArticleRenderSettings = { lang: 'id', timeZone: 'Asia/Jakarta', base: '/warta/' };
const pool = createRenderPool(settings, 1);
afterAll(() => pool.close());
const loadHere = createArticleLoader(settings);

/** What a worker returns for a file, and what this thread computes for it. */
async function bothWays(bytes: Uint8Array, file: ArticleFile, displayPath = `content/articles/${file.relativePath}`) {
  const [inWorker, here] = await Promise.all([pool.render({ bytes, file, displayPath }), articleOutcome(() => loadHere(bytes, file, displayPath))]);
  return { inWorker, here };
}

const dir = tempDir('render-pool');
function writeArticle(relativePath: string, text: string | Uint8Array): { bytes: Buffer; file: ArticleFile } {
  const path = join(dir, relativePath);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return { bytes: readFileSync(path), file: { slug: relativePath.replace(/(\/index)?\.md$/, ''), path, relativePath } };
}
const frontMatter = (title: string, extra = '') => `---\ntitle: ${title}\ndescription: Ringkasan.\ndate: 2023-02-01\nsection: Dunia\n${extra}---\n`;

describe('the render pool', () => {
  it('returns for the seed what this thread computes: data, dates, HTML and reading time', async () => {
    const { inWorker, here } = await bothWays(readFileSync(SEED_ARTICLE_PATH), { slug: SEED_SLUG, path: SEED_ARTICLE_PATH, relativePath: `${SEED_SLUG}.md` });
    expect(inWorker).toStrictEqual(here);
    expect('article' in inWorker && inWorker.article.data.section).toBe('Dunia');
    expect('article' in inWorker && inWorker.article.html.match(/<figure /g)).toHaveLength(2);
  });

  it('returns a live page with its updates, newest first, as this thread does', async () => {
    const live = readFileSync(new URL('../../fixtures/sites/newsroom/articles/langsung-banjir-ibu-kota.md', import.meta.url));
    const { inWorker, here } = await bothWays(live, {
      slug: 'langsung-banjir-ibu-kota',
      path: join(dir, 'langsung-banjir-ibu-kota.md'),
      relativePath: 'langsung-banjir-ibu-kota.md',
    });
    expect(inWorker).toStrictEqual(here);
    expect('article' in inWorker && inWorker.article.data.liveUpdates?.map((update) => update.time.iso)).toEqual([
      '2024-03-10T11:45:00+07:00',
      '2024-03-10T10:30:00+07:00',
      '2024-03-10T09:05:00+07:00',
      '2024-03-10T07:40:00+07:00',
      '2024-03-10T06:15:00+07:00',
    ]);
  });

  it('finds a bundle picture at the address the settings give, and warns about a missing one, as this thread does', async () => {
    const { file } = writeArticle('foto/index.md', `${frontMatter('Foto', 'image: { src: ./lead.png, alt: Sebuah foto }\n')}\n:::figure{src="./hilang.png" alt="x"}\nFoto.\n:::\n`);
    writeFileSync(join(dir, 'foto', 'lead.png'), makePng(8, 6));
    const { inWorker, here } = await bothWays(readFileSync(file.path), file);
    expect(inWorker).toStrictEqual(here);
    expect('article' in inWorker && inWorker.article.data.leadImage?.url).toBe('/warta/media/foto/lead.png');
    expect('article' in inWorker && inWorker.article.warnings).toEqual(['content/articles/foto/index.md: image "./hilang.png" is not shown: no such file in the bundle']);
  });

  it('returns the same problem lines as this thread for broken front matter, a body nested too deep and binary bytes', async () => {
    const broken = [
      writeArticle('tanggal-salah.md', frontMatter('Tanggal').replace('date: 2023-02-01', 'date: kemarin')),
      writeArticle('bersarang.md', `${frontMatter('Bersarang')}\n${'>'.repeat(10_000)} x\n`),
      writeArticle('biner.md', Uint8Array.from([0xff, 0xfe, 0x00])),
    ];
    const outcomes = await Promise.all(broken.map(({ bytes, file }) => bothWays(bytes, file)));
    for (const { inWorker, here } of outcomes) expect(inWorker).toStrictEqual(here);
    expect(outcomes.map(({ inWorker }) => ('problems' in inWorker ? inWorker.problems : []))).toEqual([
      [
        {
          file: 'content/articles/tanggal-salah.md',
          field: 'date',
          message: 'expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got "kemarin"',
        },
      ],
      [{ file: 'content/articles/bersarang.md', field: 'body', message: 'expected lists and quotes nested at most 100 levels deep, got 10000 at line 1 of the body' }],
      [{ file: 'content/articles/biner.md', field: 'file', message: 'expected a UTF-8 text file, got binary data' }],
    ]);
  });
});
