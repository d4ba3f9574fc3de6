/**
 * `npm run dev` on the newsroom fixture: front-page.yaml and author profiles are content
 * collections, so an edit to either shows without a restart, and drafts named there show.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

let dev: DevServer;
let contentDir: string;

beforeAll(async () => {
  contentDir = copyFixtureSite('newsroom');
  dev = await startDevServer(contentDir);
});

afterAll(() => dev?.close());

const html = async (path: string) => (await fetch(`${dev.origin}${path}`)).text();
const leadOf = (page: string) => /<section class="lead-story"[\s\S]*?<a href="([^"]+)"/.exec(page)?.[1];

describe('the dev server with a newsroom', () => {
  it('shows the draft front-page.yaml picks, as it shows drafts everywhere', async () => {
    expect(await html('/')).toContain('href="/berita/penulis-draf/"');
  });

  it('rearranges the front page when front-page.yaml changes', async () => {
    expect(leadOf(await html('/'))).toBe('/berita/penulis-anggaran-daerah/');
    const file = join(contentDir, 'front-page.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('lead: penulis-anggaran-daerah', 'lead: penulis-jalan-tol'));
    await waitFor(async () => leadOf(await html('/')) === '/berita/penulis-jalan-tol/', 20_000, 'the new lead');
  });

  it('shows an edited bio and serves the profile picture', async () => {
    const file = join(contentDir, 'authors', 'ayu-lestari.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('profil ini ditulis', 'profil ini diperbarui'));
    await waitFor(async () => (await html('/penulis/ayu-lestari/')).includes('profil ini diperbarui'), 20_000, 'the edited bio');
    const picture = await fetch(`${dev.origin}/penulis/budi-santoso/foto.png`);
    expect([picture.status, picture.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${dev.origin}/penulis/budi-santoso/index.md`)).status).toBe(404);
  });
});
