/**
 * Where the encoded versions of a bundle picture are kept between builds
 * (docs/decisions/022-picture-variant-cache.md): one folder per picture in the cache folder,
 * named by a digest of the picture's bytes and the encoder's fingerprint, holding a copy of the
 * picture and each of its versions. Entries are never written into once complete: the build
 * hard-links them into the site, so the release being served shares their bytes. No file
 * access here.
 */
import { createHash } from 'node:crypto';
import { VARIANT_FORMATS, variantWidths, type VariantFormat } from './variants.ts';

/** The folder in the cache folder (src/lib/build/cache-artefacts.ts). */
export const MEDIA_CACHE_FOLDER = 'warta-media';
/** The record, in that folder, of each bundle picture's stats, digest and width. */
export const MEDIA_SOURCES_RECORD = 'sources.json';
/** The record, in that folder, of what the `media/` folders of the last two releases hold (src/post-build/folder-records.ts). */
export const MEDIA_PLACED_RECORD = 'placed.json';

/** What a `media/` folder holds, picture by picture (`<slug>/foto.jpg`): the entry it was linked from, and the width that named its versions. */
export type MediaPlacement = Record<string, readonly [entry: string, width: number]>;

/** A picture as the build knows it once its bytes were read once. */
export interface PictureFacts {
  /** sha256 of its bytes, hex. */
  digest: string;
  /** Its stored width in pixels (before EXIF rotation, as image-size and the figure markup read it). */
  width: number;
}

/** The record kept in MEDIA_SOURCES_RECORD: by content-relative path, the stats and facts read with them. */
export interface MediaSourcesRecord {
  files: Record<string, readonly [stats: string, digest: string, width: number]>;
}

/** One file of an entry and, for a version, how it is made. */
export interface EntryFile {
  /** Its name in the entry folder. */
  name: string;
  /** Its path in the site, relative to the picture's folder there. */
  published: string;
  /** Absent for the picture itself. */
  variant?: { width: number; format: VariantFormat };
}

/** The entry folder's name for a picture: its bytes and the encoder, nothing about where it sits. */
export function entryName(digest: string, encoderFingerprint: string): string {
  return createHash('sha256').update(`${encoderFingerprint}\0${digest}`).digest('hex').slice(0, 32);
}

/**
 * The files of the entry for the picture published as `file` (`<slug>/foto.jpg`), `width` pixels
 * wide: the picture itself and, unless it is an SVG, its AVIF and WebP versions at
 * src/lib/media/variants.ts's widths.
 */
export function entryFiles(file: string, width: number): EntryFile[] {
  const extension = /\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? '';
  const own: EntryFile = { name: `picture${extension}`, published: file };
  if (extension === '.svg') return [own];
  const stem = file.slice(0, file.length - extension.length);
  const variants = variantWidths(width).flatMap((width) =>
    VARIANT_FORMATS.map((format): EntryFile => ({ name: `${width}w.${format}`, published: `${stem}-${width}w.${format}`, variant: { width, format } })),
  );
  return [own, ...variants];
}

/** The record read back; empty when it is not one. */
export function readSourcesRecord(text: string | undefined): MediaSourcesRecord['files'] {
  if (text === undefined) return {};
  try {
    const files = (JSON.parse(text) as Partial<MediaSourcesRecord>).files;
    return files && typeof files === 'object' ? files : {};
  } catch {
    return {};
  }
}

/** The facts recorded for a file whose stats are still `statKey` (file-stats.ts's rule: only settled stats count). */
export function recordedFacts(recorded: MediaSourcesRecord['files'][string] | undefined, statKey: string | undefined): PictureFacts | undefined {
  if (!recorded || statKey === undefined || recorded[0] !== statKey) return undefined;
  const [, digest, width] = recorded;
  return typeof digest === 'string' && Number.isInteger(width) ? { digest, width } : undefined;
}

/** Entries of the cache folder no picture of this build uses: pruned, so the folder holds what the site shows. */
export function unusedEntries(present: readonly string[], used: ReadonlySet<string>): string[] {
  return present.filter((name) => name !== MEDIA_SOURCES_RECORD && name !== MEDIA_PLACED_RECORD && !used.has(name)).sort();
}

/** Whether a `media/` folder's record says `file` already is the versions of `entry`. */
export function isPlaced(placement: MediaPlacement, file: string, entry: string, width: number): boolean {
  const placed = placement[file];
  return placed !== undefined && placed[0] === entry && placed[1] === width;
}

/**
 * The files a `media/` folder recorded as `before` holds for pictures that `now` places
 * otherwise or not at all: what may have to be removed (unless another picture publishes it).
 */
export function replacedFiles(before: MediaPlacement, now: MediaPlacement): string[] {
  return Object.entries(before)
    .filter(([file, [entry, width]]) => !isPlaced(now, file, entry, width))
    .flatMap(([file, [, width]]) => entryFiles(file, width).map(({ published }) => published));
}
