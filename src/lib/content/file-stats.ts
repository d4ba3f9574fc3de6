/**
 * Which article files are unchanged since the content store last read them, told from their
 * file-system stats alone, so a start of `astro dev` or a build does not read and digest 20,000
 * files (2 s) to find that none changed. Like git's index: size, modification and change times
 * (nanoseconds) and inode must all match. A file modified less than `SETTLED_MS` before it was
 * looked at is not trusted (a second write within the file system's clock tick could keep
 * every stat the same): it is read again next time.
 */
import type { BigIntStats } from 'node:fs';

export const SETTLED_MS = 2_000;

/** What the store keeps: per file below the articles folder, its stats and the digest read with them. */
export interface FileStatRecord {
  /** The rendering pipeline's fingerprint the digests were made with. */
  fingerprint: string;
  files: Record<string, readonly [stats: string, digest: string]>;
}

/** The stats a key is made of. */
export type FileStats = Pick<BigIntStats, 'size' | 'mtimeNs' | 'ctimeNs' | 'ino'>;

/** The stats as one text, or undefined when the file changed too recently to be trusted later. */
export function settledStatKey(stats: FileStats, nowMs: number): string | undefined {
  const changedMs = Number((stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs) / 1_000_000n);
  if (nowMs - changedMs < SETTLED_MS) return undefined;
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}

/**
 * An article file's stats, with those of the other files of its bundle (`<slug>/index.md`), by
 * name below the bundle, sorted: its figures' sizes are read from them, so a picture replaced by
 * one of another size is a changed article though its own file is not.
 */
export interface ArticleStats {
  own: FileStats;
  bundle: readonly (readonly [name: string, stats: FileStats])[];
}

/** The key recorded for an article: its file's and its bundle's stats; undefined while any of them is unsettled. */
export function articleStatKey({ own, bundle }: ArticleStats, nowMs: number): string | undefined {
  const keys = [settledStatKey(own, nowMs), ...bundle.map(([name, stats]) => [name, settledStatKey(stats, nowMs)] as const).map(([name, key]) => key && `${name}=${key}`)];
  return keys.every((key) => key !== undefined) ? keys.join('\n') : undefined;
}

/** The record read back from the store; nothing when it was made for another pipeline or is not a record. */
export function readFileStatRecord(value: unknown, fingerprint: string): FileStatRecord['files'] {
  if (typeof value !== 'string') return {};
  try {
    const record = JSON.parse(value) as Partial<FileStatRecord>;
    return record.fingerprint === fingerprint && record.files && typeof record.files === 'object' ? record.files : {};
  } catch {
    return {};
  }
}

/**
 * Whether a file may be taken as stored without reading it: its stats are the ones recorded,
 * and the store still holds the entry made from the digest recorded with them.
 */
export function isUnchanged(recorded: FileStatRecord['files'][string] | undefined, statKey: string | undefined, storedDigest: string | undefined): boolean {
  return recorded !== undefined && statKey !== undefined && storedDigest !== undefined && recorded[0] === statKey && recorded[1] === storedDigest;
}
