/**
 * `npm run server:sync`: reads `content/` into the server mode's store (WARTA_STORE, default
 * `data/warta.sqlite`, or a `postgres://` URL) with the build's own parse and render code (src/lib/store/sync.ts).
 * Prints what changed; a broken file is one line naming file and field, keeps its stored
 * version out of the way of the new one, and makes the command exit with 1.
 *
 * `npm run server:sync -- <file>…` syncs what those files make (a story, a profile, the front
 * page: src/lib/store/sync-targets.ts) and nothing else: a publish that knows what it changed
 * costs that, not a look at every file of the archive.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { settings } from '../src/lib/settings.ts';
import { isPostgresUrl, openStore } from '../src/lib/store/store.ts';
import { syncContent } from '../src/lib/store/sync.ts';
import { syncTargets } from '../src/lib/store/sync-targets.ts';
import { formatProblem } from '../src/lib/content/errors.ts';
import { displayPath } from '../src/loaders/project-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2);
const { targets, problems } = syncTargets(resolve(root, settings.contentDir), named, process.cwd(), (path) => displayPath(root, path));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const store = await openStore(isPostgresUrl(settings.storePath) ? settings.storePath : resolve(root, settings.storePath));
try {
  const report = await syncContent(store, { root, settings, targets: named.length > 0 ? targets : undefined });
  const count = (kind: 'articles' | 'authors') => `${report.written[kind].length} written, ${report.removed[kind].length} removed`;
  console.log(`[warta] sync: articles ${count('articles')}; authors ${count('authors')}; ${report.unchanged} unchanged${report.frontPageChanged ? '; front page changed' : ''}`);
  if (report.tags.length > 0) console.log(`[warta] sync: tags to purge: ${report.tags.join(' ')}`);
  // A running server drops the touched pages from its route cache (src/server/purge.ts).
  const purgeUrl = process.env.WARTA_PURGE_URL;
  if (purgeUrl && report.tags.length > 0) {
    const response = await fetch(purgeUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.WARTA_PURGE_TOKEN ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: report.tags }),
    });
    if (response.status !== 204) {
      console.error(`[warta] sync: purge at ${purgeUrl} answered ${response.status}`);
      process.exitCode = 1;
    }
  }
  for (const line of report.problems) console.error(line);
  if (report.problems.length > 0) process.exitCode = 1;
} finally {
  await store.close();
}
