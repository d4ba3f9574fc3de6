/**
 * Dates come out the same whatever the building machine's time zone: the site's zone
 * (Asia/Jakarta) decides, not the machine's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

function htmlFiles(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return new Map(files.sort().map((file) => [relative(dir, join(dir, file)), readFileSync(join(dir, file), 'utf8')]));
}

describe('time zones', () => {
  it.each([
    ['the real site', join(PROJECT_ROOT, 'content'), 'Rabu, 1 Februari 2023'],
    ['the fixture site', copyFixtureSite('basic'), 'Selasa, 5 Maret 2024 09.30 WIB'],
  ])('%s builds byte for byte the same in UTC and in Los Angeles', async (_name, contentDir, jakartaDate) => {
    const utc = await buildSite({ contentDir, env: { TZ: 'UTC' } });
    const losAngeles = await buildSite({ contentDir, env: { TZ: 'America/Los_Angeles' } });
    expect(utc.exitCode, utc.output).toBe(0);
    expect(losAngeles.exitCode, losAngeles.output).toBe(0);
    const [a, b] = [htmlFiles(utc.outDir), htmlFiles(losAngeles.outDir)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, html] of a) expect(b.get(file), file).toBe(html);
    // Midnight or morning in Jakarta is the day before in both UTC and Los Angeles.
    expect([...a.values()].join('')).toContain(jakartaDate);
  });
});
