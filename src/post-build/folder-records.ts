/**
 * Records of what a build left in a folder of the site, kept per folder rather than per path.
 * Builds write their stage at one path, but the folder there is the release before last each
 * time (docs/decisions/016-staged-builds.md), and it keeps its identity as it is renamed. A build
 * that finds its folder's record may skip what that record says the folder already holds: the
 * search index's partitions (src/post-build/search-index.ts), the pictures of `media/`
 * (src/integrations/bundle-media.ts).
 *
 * A record is taken out of its file before the folder is changed and put back once the folder is
 * complete, so a build that stops in between leaves none and the next one checks everything.
 */
import { stat, readFile, writeFile } from 'node:fs/promises';
import { writeWhole } from '../lib/utils/write-whole.ts';

/** The stage and the published release: older folders are gone. */
const RECORDS_KEPT = 2;

/** A folder as the file system knows it (device, inode, creation time); undefined when there is none. */
export async function folderIdentity(dir: string): Promise<string | undefined> {
  const stats = await stat(dir, { bigint: true }).catch(() => undefined);
  return stats?.isDirectory() ? `${stats.dev}:${stats.ino}:${stats.birthtimeNs}` : undefined;
}

/** The records of the folders most recently completed, oldest first. */
async function readRecords<Value>(recordFile: string): Promise<[string, Value][]> {
  const text = await readFile(recordFile, 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  try {
    const records = JSON.parse(text) as unknown;
    return typeof records === 'object' && records !== null && !Array.isArray(records) ? Object.entries(records as Record<string, Value>) : [];
  } catch {
    return [];
  }
}

const writeRecords = <Value>(recordFile: string, records: readonly [string, Value][]): Promise<void> =>
  writeWhole(recordFile, (temporary) => writeFile(temporary, JSON.stringify(Object.fromEntries(records))));

/**
 * What the last build that completed `folder` recorded of it, removed from the file before it is
 * returned: the caller is about to change the folder.
 */
export async function takeFolderRecord<Value>(recordFile: string, folder: string): Promise<Value | undefined> {
  const records = await readRecords<Value>(recordFile);
  const found = records.find(([id]) => id === folder);
  if (!found) return undefined;
  await writeRecords(
    recordFile,
    records.filter(([id]) => id !== folder),
  );
  return found[1];
}

/** Records what the complete `folder` holds now, beside the record of the folder completed before it. */
export async function keepFolderRecord<Value>(recordFile: string, folder: string, value: Value): Promise<void> {
  const others = (await readRecords<Value>(recordFile)).filter(([id]) => id !== folder);
  await writeRecords(recordFile, [...others.slice(-(RECORDS_KEPT - 1)), [folder, value]]);
}
