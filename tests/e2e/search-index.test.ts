/**
 * The search index as `npm run build` writes it: two builds of the same articles from nothing
 * give the same bytes under pagefind/, so a deploy uploads only what changed and caches in
 * front of the site survive it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { generateSite } from '../support/generated-site.ts';

/** Every file below `dir`, relative, with a digest of its bytes. */
function files(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(entries.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

describe('the search index', () => {
  it('is byte for byte the same in two clean builds of the same articles', async () => {
    // 2023 (31 stories) and 2022 (50) cannot share a partition of 60: two partitions to merge.
    const { contentDir } = generateSite(80);
    const env = { WARTA_NOW: '2023-02-01T18:00:00Z', WARTA_SEARCH_SHARD_PAGES: '60' };
    const builds = await Promise.all([buildSite({ contentDir, env }), buildSite({ contentDir, env })]);
    for (const build of builds) expect(build.exitCode, build.output.slice(-2000)).toBe(0);
    const [first, second] = builds.map((build) => files(join(build.outDir, 'pagefind')));
    expect(Object.keys(first!).length).toBeGreaterThan(20);
    expect(JSON.parse(readFileSync(join(builds[0]!.outDir, 'pagefind', 'warta-shards.json'), 'utf8'))).toEqual(['2022/']);
    expect(second).toEqual(first);
  });
});
