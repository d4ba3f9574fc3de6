/**
 * Writes `.gz` (gzip -9) and `.br` (brotli 5) beside every text file of the build, for hosts
 * that serve precompressed files (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`,
 * GitLab Pages); off unless settings.precompress says so, since the hosts that compress on
 * the fly ignore them. Runs after Astro (src/post-build/finish.ts), when every other file is
 * written.
 *
 * Astro empties the output folder on every build, so the compressed files are kept in the
 * cache folder too, named by the digest of what they compress, with a manifest of the digests
 * the last build wrote: a file whose content is unchanged gets its stored copies, and only the
 * files that changed are compressed again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { linkOrCopy } from './link-or-copy.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
/**
 * Measured on an article page (19 KB): brotli 5 makes 5,380 bytes in 0.3 ms, 9 makes 5,377 in
 * 6.9 ms, 11 makes 4,998 in 15 ms. At 11, a 5,000-article site spent 58 s compressing; 5 keeps
 * nearly all the gain for a fiftieth of the time.
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 9;
/** Below about a kilobyte, compressed files save less than the request headers weigh. */
export const MIN_BYTES = 1024;
const COMPRESSED_EXTENSIONS = ['.gz', '.br'] as const;

/**
 * zlib compresses on libuv's thread pool (four threads unless UV_THREADPOOL_SIZE says more):
 * eight files at a time keep it busy while others are read and written, without opening
 * every file of a large site at once.
 */
const CONCURRENCY = 8;

/** Path (relative to the build, `/`-separated) → digest of the content its `.gz`/`.br` compress. */
export type CompressionManifest = Record<string, string>;

export interface CompressionPlan {
  /** Files whose compressed copies are in the store already. */
  reuse: string[];
  /** Files to compress: new, or changed since the last build. */
  compress: string[];
  /** Stored digests that no file of this build has any more. */
  obsolete: string[];
}

/**
 * Which files need compressing, given the manifest of the last build and the digests of this
 * one. The store holds exactly the digests of the last manifest, so a file whose content any
 * file of the last build had (itself, or a page moved to a new address) is reused.
 */
export function planCompression(previous: Readonly<CompressionManifest>, current: Readonly<CompressionManifest>): CompressionPlan {
  const stored = new Set(Object.values(previous));
  const wanted = new Set(Object.values(current));
  const files = Object.keys(current).sort();
  return {
    reuse: files.filter((file) => stored.has(current[file]!)),
    compress: files.filter((file) => !stored.has(current[file]!)),
    obsolete: [...stored].filter((digest) => !wanted.has(digest)).sort(),
  };
}

/**
 * Compressed companions in the build that belong to no file compressed now: of a text file
 * that went, or that shrank below MIN_BYTES. Served, they would be an older version of a page.
 */
export function staleCompanions(files: readonly string[], compressed: ReadonlySet<string>): string[] {
  return files.filter((file) => {
    const extension = COMPRESSED_EXTENSIONS.find((candidate) => file.endsWith(candidate));
    if (!extension) return false;
    const source = file.slice(0, -extension.length);
    return TEXT_EXTENSIONS.has(extname(source)) && !compressed.has(source);
  });
}

/**
 * Stored copies go into the build as hard links (thousands of files a build), so no file is
 * ever written in place: one is removed and written anew, and a link never carries a change
 * back into the store.
 */
async function replaceFile(path: string, content: Buffer): Promise<void> {
  await rm(path, { force: true });
  await writeFile(path, content);
}

/** Puts a stored copy in the place of `to`, whatever was there (link-or-copy.ts). */
async function replaceWithStored(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  await linkOrCopy(from, to);
}

/** The digest that names a file's compressed copies: its bytes and the compression settings. */
function contentDigest(content: Buffer): string {
  return createHash('sha256').update(`gzip ${GZIP_LEVEL} brotli ${BROTLI_QUALITY}\0`).update(content).digest('hex');
}

async function readManifest(file: string): Promise<CompressionManifest> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CompressionManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${file}: not a compression manifest (delete it to compress everything again)`, { cause: error });
  }
}

/** Runs `work` over `items`, CONCURRENCY at a time. */
async function eachConcurrently<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

export interface Precompressor {
  /**
   * Compresses every text file below `dir` (inside the build), but for those in the `skip`
   * folders (relative to `dir`); returns how many files have compressed versions, and how
   * many of them had to be compressed.
   */
  compressDir: (dir: string, skip?: readonly string[]) => Promise<{ files: number; compressed: number }>;
  /** Writes the manifest and drops stored copies no file uses any more. */
  save: () => Promise<void>;
}

/** Precompression of the build in `outDir`, keeping compressed copies in `storeDir`. */
export async function openPrecompressor(outDir: string, storeDir: string): Promise<Precompressor> {
  await mkdir(storeDir, { recursive: true });
  const manifestFile = join(storeDir, 'manifest.json');
  const previous = await readManifest(manifestFile);
  const current: CompressionManifest = {};
  const stored = (digest: string, extension: string) => join(storeDir, `${digest}${extension}`);

  async function compressDir(dir: string, skip: readonly string[] = []) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const skipped = (path: string) => skip.some((folder) => `${relative(dir, path)}${sep}`.startsWith(`${folder}${sep}`));
    const files = entries.filter((entry) => entry.isFile() && !skipped(entry.parentPath)).map((entry) => join(entry.parentPath, entry.name));
    const digests: CompressionManifest = {};
    // Read twice where a file changed, rather than holding a whole site's text in memory.
    await eachConcurrently(
      files.filter((file) => TEXT_EXTENSIONS.has(extname(file))),
      async (file) => {
        const content = await readFile(file);
        if (content.length < MIN_BYTES) return;
        digests[file] = contentDigest(content);
      },
    );
    const plan = planCompression(previous, digests);
    let compressed = 0;
    await eachConcurrently(plan.reuse, async (file) => {
      const digest = digests[file]!;
      try {
        await Promise.all(COMPRESSED_EXTENSIONS.map((extension) => replaceWithStored(stored(digest, extension), `${file}${extension}`)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        // A store emptied by hand: compress after all.
        plan.compress.push(file);
      }
    });
    await eachConcurrently(plan.compress, async (file) => {
      const content = await readFile(file);
      const digest = digests[file]!;
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(content, { level: GZIP_LEVEL }),
        brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ]);
      await Promise.all([
        replaceFile(`${file}.gz`, gzipped),
        replaceFile(`${file}.br`, brotli),
        replaceFile(stored(digest, '.gz'), gzipped),
        replaceFile(stored(digest, '.br'), brotli),
      ]);
      compressed++;
    });
    await Promise.all(staleCompanions(files, new Set(Object.keys(digests))).map((file) => rm(file, { force: true })));
    for (const [file, digest] of Object.entries(digests)) current[relative(outDir, file).split(sep).join('/')] = digest;
    return { files: Object.keys(digests).length, compressed };
  }

  async function save() {
    const { obsolete } = planCompression(previous, current);
    await Promise.all(obsolete.flatMap((digest) => COMPRESSED_EXTENSIONS.map((extension) => rm(stored(digest, extension), { force: true }))));
    // Whole or not at all: a manifest torn by a killed build would stop every build after it.
    const partial = `${manifestFile}.${process.pid}`;
    await writeFile(partial, JSON.stringify(current));
    await rename(partial, manifestFile);
  }

  return { compressDir, save };
}
