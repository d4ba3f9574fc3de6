/**
 * Astro integration: pictures that sit beside an article in its bundle
 * (`content/articles/<slug>/photo.jpg`) are published at `/media/<slug>/photo.jpg`, and those
 * in an author profile's bundle (`content/authors/<slug>/foto.jpg`) beside the author's page
 * at `/penulis/<slug>/foto.jpg`, with AVIF and WebP versions at the widths
 * src/lib/media/variants.ts names: written into the build, made on request by the dev server.
 * Text files are never published this way.
 *
 * Each version is encoded once (docs/decisions/022-picture-variant-cache.md): kept in the cache
 * folder under a digest of the picture's bytes and the encoder (src/lib/media/variant-cache.ts),
 * and hard-linked into every later build. The site's `media/` folder is this integration's
 * alone (src/integrations/kept-output.ts leaves it): a file that already is the cached one is
 * one `stat` and no write, and a file no published story shows any more is deleted.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageSize } from 'image-size';
import { fingerprint } from '../lib/build/fingerprints.ts';
import { settledStatKey } from '../lib/content/file-stats.ts';
import { encodeVariant } from '../lib/media/encode.ts';
import {
  entryFiles,
  entryName,
  isPlaced,
  MEDIA_CACHE_FOLDER,
  MEDIA_PLACED_RECORD,
  MEDIA_SOURCES_RECORD,
  readSourcesRecord,
  recordedFacts,
  unusedEntries,
  replacedFiles,
  type EntryFile,
  type MediaPlacement,
  type MediaSourcesRecord,
  type PictureFacts,
} from '../lib/media/variant-cache.ts';
import { parseVariantPath } from '../lib/media/variants.ts';
import { AUTHORS_SEGMENT, createRoutes, MEDIA_SEGMENT, type Routes } from '../lib/routes.ts';
import { filesBelow } from '../lib/utils/files-below.ts';
import { inBatches } from '../lib/utils/in-batches.ts';
import { writeWhole } from '../lib/utils/write-whole.ts';
import { folderIdentity, keepFolderRecord, takeFolderRecord } from '../post-build/folder-records.ts';
import { linkOrCopy } from '../post-build/link-or-copy.ts';

/**
 * Content folders whose bundles hold pictures, the site folder each is published under, and the
 * page a bundle belongs to: only the pictures of pages this build published are, so a draft's
 * or a removed story's pictures are not reachable at a guessable /media/<slug>/ address.
 */
const BUNDLE_FOLDERS = [
  { folder: 'articles', segment: MEDIA_SEGMENT, page: (routes: Routes, slug: string) => routes.article(slug) },
  { folder: 'authors', segment: AUTHORS_SEGMENT, page: (routes: Routes, slug: string) => routes.author(slug) },
] as const;

interface BundleRoot {
  /** The content folder, absolute. */
  dir: string;
  /** Its folder in the site. */
  segment: string;
  page: (typeof BUNDLE_FOLDERS)[number]['page'];
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** Bundle files that may be published: pictures only, so drafts' text never leaks. */
export function isPublishableMedia(path: string): boolean {
  return extname(path).toLowerCase() in MEDIA_TYPES;
}

/** The original of a variant path, if one exists in the bundle with a picture extension. */
function originalOf(bundlesDir: string, stem: string): string | undefined {
  return Object.keys(MEDIA_TYPES)
    .map((extension) => join(bundlesDir, `${stem}${extension}`))
    .find((candidate) => existsSync(candidate));
}

/** Files linked at once: enough to keep the disk busy, few enough to bound open handles. */
const LINKS_AT_ONCE = 64;

const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Makes the files of an entry it lacks; returns how many versions were encoded. */
async function completeEntry(entryDir: string, source: string, files: readonly EntryFile[]): Promise<number> {
  const missing = files.filter(({ name }) => !existsSync(join(entryDir, name)));
  if (missing.length === 0) return 0;
  await mkdir(entryDir, { recursive: true });
  await Promise.all(
    missing.map(({ name, variant }) =>
      writeWhole(join(entryDir, name), async (temporary) =>
        variant ? writeFile(temporary, await encodeVariant(source, variant.width, variant.format)) : copyFile(source, temporary),
      ),
    ),
  );
  return missing.filter(({ variant }) => variant).length;
}

/**
 * Makes `to` the cached file `from`: nothing to do when it already is (same device and inode:
 * nothing writes into either), else a hard link replaces whatever was there.
 */
async function place(from: string, to: string, folders: Map<string, Promise<unknown>>): Promise<boolean> {
  const cached = statSync(from);
  const present = statSync(to, { throwIfNoEntry: false });
  if (present && present.ino === cached.ino && present.dev === cached.dev) return false;
  const folder = dirname(to);
  if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
  await folders.get(folder);
  await rm(to, { force: true });
  await linkOrCopy(from, to);
  return true;
}

/**
 * Deletes the files below `dir` that are not `expected` (relative paths), and the folders left
 * empty.
 */
async function removeStray(dir: string, expected: ReadonlySet<string>): Promise<number> {
  const files = filesBelow(dir);
  return removeFiles(
    dir,
    files.filter((file) => !expected.has(file)),
  );
}

/** Deletes these files below `dir` (relative paths; missing ones are no error), and the folders left empty; returns how many. */
async function removeFiles(dir: string, gone: readonly string[]): Promise<number> {
  await Promise.all(gone.map((file) => rm(join(dir, file), { force: true })));
  for (const folder of new Set(gone.map((file) => dirname(file)).filter((folder) => folder !== '.'))) await rmdir(join(dir, folder)).catch(() => undefined);
  return gone.length;
}

interface Picture {
  root: BundleRoot;
  /** Relative to the root's folder: `<slug>/foto.jpg`. */
  file: string;
}

/** A directory entry that is a file, or a symbolic link to one. */
const isFileEntry = (entry: Dirent): boolean => entry.isFile() || (entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name)).isFile());

/**
 * The pictures of the bundles whose pages this build published. Only those bundles are read, one
 * `readdirSync` each: at 5,000 stories (8,400 files) that took 120 ms, `fs.glob` 960 ms.
 */
function publishedPictures(roots: readonly BundleRoot[], builtPages: ReadonlySet<string>): Picture[] {
  const rootRoutes = createRoutes('/');
  const pictures: Picture[] = [];
  for (const root of roots) {
    if (!existsSync(root.dir)) continue;
    for (const bundle of readdirSync(root.dir, { withFileTypes: true })) {
      if (!bundle.isDirectory() || !builtPages.has(root.page(rootRoutes, bundle.name).slice(1))) continue;
      for (const entry of readdirSync(join(root.dir, bundle.name), { recursive: true, withFileTypes: true })) {
        const file = relative(root.dir, join(entry.parentPath, entry.name)).split(sep).join('/');
        if (isPublishableMedia(file) && isFileEntry(entry)) pictures.push({ root, file });
      }
    }
  }
  return pictures.sort((a, b) => (a.root.segment + a.file < b.root.segment + b.file ? -1 : 1));
}

/** A picture's digest and width: from the record while its stats are unchanged, else read. */
async function factsOf(path: string, recorded: MediaSourcesRecord['files'][string] | undefined): Promise<{ facts: PictureFacts; statKey: string | undefined }> {
  const statKey = settledStatKey(statSync(path, { bigint: true }), Date.now());
  const known = recordedFacts(recorded, statKey);
  if (known) return { facts: known, statKey };
  const bytes = await readFile(path);
  try {
    return { facts: { digest: digestOf(bytes), width: imageSize(bytes).width }, statKey };
  } catch {
    throw new Error(`${path}: not a picture whose size can be read (expected a JPEG, PNG, GIF, WebP, AVIF or SVG file)`);
  }
}

export default function bundleMedia(options: { contentDir: string }): AstroIntegration {
  let roots: BundleRoot[] = [];
  let projectRoot = '';
  let mediaCache = '';
  /** The encoder's fingerprint, read once per process. */
  let encoder: Promise<string> | undefined;
  const encoderFingerprint = (): Promise<string> => (encoder ??= fingerprint(projectRoot, 'mediaVariants'));
  return {
    name: 'warta-bundle-media',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        roots = BUNDLE_FOLDERS.map(({ folder, segment, page }) => ({ dir: resolve(projectRoot, options.contentDir, folder), segment, page }));
      },
      'astro:config:done': ({ config }) => {
        mediaCache = join(fileURLToPath(config.cacheDir), MEDIA_CACHE_FOLDER);
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.replace(/\/$/, '');
        server.middlewares.use(async (request, response, next) => {
          const url = request.url?.split('?')[0] ?? '';
          const root = roots.find(({ segment }) => url.startsWith(`${base}/${segment}/`));
          if (!root) return next();
          const prefix = `${base}/${root.segment}/`;
          const relativePath = decodeURIComponent(url.slice(prefix.length));
          const path = resolve(root.dir, relativePath);
          if (!path.startsWith(root.dir + sep) || !isPublishableMedia(path)) return next();
          const variant = parseVariantPath(relativePath);
          const original = variant ? originalOf(root.dir, variant.stem) : undefined;
          if (variant && original) {
            // The build's cache serves the dev server too: a picture is encoded once, whoever asks first.
            const entryDir = join(mediaCache, entryName(digestOf(await readFile(original)), await encoderFingerprint()));
            const name = `${variant.width}w.${variant.format}`;
            await completeEntry(entryDir, original, [{ name, published: relativePath, variant }]);
            response.setHeader('Content-Type', MEDIA_TYPES[`.${variant.format}`]!);
            createReadStream(join(entryDir, name)).pipe(response);
            return undefined;
          }
          if (!existsSync(path) || !statSync(path).isFile()) return next();
          response.setHeader('Content-Type', MEDIA_TYPES[extname(path).toLowerCase()]!);
          createReadStream(path).pipe(response);
          return undefined;
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const mediaDir = join(outDir, MEDIA_SEGMENT);
        const pictures = publishedPictures(roots, new Set(pages.map((page) => page.pathname)));
        const recordFile = join(mediaCache, MEDIA_SOURCES_RECORD);
        const placedFile = join(mediaCache, MEDIA_PLACED_RECORD);
        const recorded = readSourcesRecord(await readFile(recordFile, 'utf8').catch(() => undefined));
        // What this output folder's media/ holds, if the build that completed it said so: those
        // pictures are not looked at again (a stat of each version in the cache and in the site).
        const mediaFolder = await folderIdentity(mediaDir);
        const inPlace: MediaPlacement = (mediaFolder && (await takeFolderRecord<MediaPlacement>(placedFile, mediaFolder))) || {};
        const cachedEntries = new Set(await readdir(mediaCache).catch(() => []));
        const record: MediaSourcesRecord = { files: {} };
        const placement: MediaPlacement = {};
        const encoderKey = await encoderFingerprint();
        const used = new Set<string>();
        const expected = new Map<string, Set<string>>(BUNDLE_FOLDERS.map(({ segment }) => [segment, new Set()]));
        const placements: { from: string; to: string }[] = [];
        let encoded = 0;
        let reused = 0;
        let kept = 0;
        // sharp runs its own threads; a few pictures at a time keep every core busy.
        for (let start = 0; start < pictures.length; start += availableParallelism()) {
          const batch = pictures.slice(start, start + availableParallelism());
          const counts = await Promise.all(
            batch.map(async ({ root, file }) => {
              const source = join(root.dir, file);
              const recordKey = `${relative(resolve(projectRoot, options.contentDir), root.dir)}/${file}`;
              const { facts, statKey } = await factsOf(source, recorded[recordKey]);
              if (statKey !== undefined) record.files[recordKey] = [statKey, facts.digest, facts.width];
              const entry = entryName(facts.digest, encoderKey);
              used.add(entry);
              const files = entryFiles(file, facts.width);
              for (const { published } of files) expected.get(root.segment)!.add(published);
              // Only media/ is this integration's alone: author pictures share their folders with pages.
              if (root.segment !== MEDIA_SEGMENT) return completeAndPlace(entry, source, files, join(outDir, root.segment));
              placement[file] = [entry, facts.width];
              // In place, and its entry still in the cache (else a later build into another folder would encode it again).
              if (isPlaced(inPlace, file, entry, facts.width) && cachedEntries.has(entry)) return undefined;
              return completeAndPlace(entry, source, files, mediaDir);
            }),
          );
          for (const count of counts) count === undefined ? kept++ : count > 0 ? encoded++ : reused++;
        }

        /** Makes the entry's missing files and queues the links of its files into `siteDir`; returns how many were encoded. */
        function completeAndPlace(entry: string, source: string, files: readonly EntryFile[], siteDir: string): Promise<number> {
          for (const { name, published } of files) placements.push({ from: join(mediaCache, entry, name), to: join(siteDir, published) });
          return completeEntry(join(mediaCache, entry), source, files);
        }

        const folders = new Map<string, Promise<unknown>>();
        // Placed a batch at a time: one after the other, 13,500 links into an empty stage took 6.1 s.
        const placed = await inBatches(placements, LINKS_AT_ONCE, ({ from, to }) => place(from, to, folders));
        const linked = placed.filter(Boolean).length;
        const mediaExpected = expected.get(MEDIA_SEGMENT)!;
        // With a record, only the files of pictures it places otherwise can be stray: no walk of the folder.
        const removed =
          Object.keys(inPlace).length > 0
            ? await removeFiles(
                mediaDir,
                replacedFiles(inPlace, placement).filter((file) => !mediaExpected.has(file)),
              )
            : await removeStray(mediaDir, mediaExpected);
        await mkdir(mediaCache, { recursive: true });
        await writeWhole(recordFile, (temporary) => writeFile(temporary, JSON.stringify(record)));
        const completeFolder = await folderIdentity(mediaDir);
        if (completeFolder) await keepFolderRecord(placedFile, completeFolder, placement);
        const pruned = unusedEntries([...cachedEntries], used);
        await Promise.all(pruned.map((name) => rm(join(mediaCache, name), { recursive: true, force: true })));
        if (pictures.length > 0 || removed > 0)
          logger.info(
            `published ${pictures.length} pictures: ${kept} in place, ${reused} reused, ${encoded} encoded, ${linked} files linked, ${removed} removed, ${pruned.length} cache entries pruned, in ${Math.round(performance.now() - started)} ms`,
          );
      },
    },
  };
}
