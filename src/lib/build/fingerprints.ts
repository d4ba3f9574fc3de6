/**
 * Every fingerprint a cached result is kept under, in one place (docs/decisions/020-scoped-fingerprints.md;
 * the results themselves are listed in src/lib/build/cache-artefacts.ts). A fingerprint covers
 * exactly what made the result besides its own input:
 *
 * - **code**: the project's source files reachable by imports from the result's entry modules
 *   (its import closure), so an edit elsewhere (the importer, a page component) keeps the result;
 * - **packages**: the `package-lock.json` entries of the npm packages that closure imports, and of
 *   their dependencies, so an upgrade of one of them (a sanitizer fix) makes the result again,
 *   and an upgrade of any other package does not;
 * - **Node**: its version, for what the code gets from the runtime (Intl's time-zone and locale
 *   data, zlib);
 * - **settings**: the ones the result depends on, hashed whole as the plain object the code
 *   reads them from.
 *
 * Nothing is remembered between calls: a dev server that reloads an edited module asks again.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { ImportType, init as lexerReady, parse as parseImports } from 'es-module-lexer';
import type { SiteSettings } from '../settings.ts';
import { cacheKey, type KeyPart } from '../site/cache-key.ts';

/** The code a kind of cached result is made by. */
export interface CodeScope {
  /** Project-relative source files; everything they import at run time belongs to the scope. */
  readonly entries: readonly string[];
  /** Packages the code reads files of without importing them. */
  readonly readsPackages?: readonly string[];
  /** Whether the results stay the same on another Node version (the scope's code only drives a native library). */
  readonly withoutNode?: boolean;
}

export const CODE_SCOPES = {
  /**
   * An article as the content store keeps it (src/loaders/articles.ts): the loader's parse path
   * (front matter, schema, kinds, bundle pictures) and the Markdown pipeline it calls
   * (src/lib/render/pipeline.ts), as render-pool workers run them too.
   */
  articles: { entries: ['src/lib/content/load-article.ts', 'src/lib/render/pipeline.ts'] },
  /** What server mode's sync writes beside a story (src/lib/store/sync.ts): its search document and its listing rows. */
  storeRows: { entries: ['src/lib/store/search-document.ts', 'src/lib/store/listing-rows.ts'] },
  /** A social card's PNG (src/lib/social/card-cache.ts); the fonts are read as files. */
  socialCards: { entries: ['src/lib/social/card.ts'], readsPackages: ['@fontsource/noto-sans'] },
  /** A search index partition (src/post-build/search-index.ts): how pages reach Pagefind, and Pagefind. */
  searchIndex: { entries: ['src/post-build/search-index.ts'] },
  /** A built page's month and indexed-content digest, as the search step records them. */
  searchPages: { entries: ['src/post-build/search-partitions.ts'] },
  /**
   * A picture's AVIF and WebP versions (src/lib/media/variant-cache.ts): the encoding settings and
   * sharp with its libvips. Node is left out: it encodes nothing, and an upgrade must not make a
   * newsroom encode its whole archive again (docs/decisions/022).
   */
  mediaVariants: { entries: ['src/lib/media/encode.ts'], withoutNode: true },
} as const satisfies Readonly<Record<string, CodeScope>>;

export type ScopeName = keyof typeof CODE_SCOPES;

/** What a scope's code is made of, as found: for tests and for the decision record's figures. */
export interface ScopeContents {
  /** Project-relative, sorted. */
  files: string[];
  /** Lockfile keys (`node_modules/…`) of the packages used and their dependencies, sorted. */
  packages: string[];
}

/** `package-lock.json` (lockfile version 2 or 3) as far as it is read here. */
interface Lockfile {
  packages?: Record<string, LockedPackage>;
}

interface LockedPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Whether an import statement is erased before it runs (`import type …`, `export type …`):
 * Node strips it, and so does Vite, so what it names is not code the result depends on.
 * `import { type A } from` stays (verbatimModuleSyntax keeps the import, empty).
 */
const isTypeOnly = (statement: string): boolean => /^(?:import|export)\s+type\s+(?!from\b)[\w${*]/.test(statement);

/** The module a relative specifier in `from` names: the file itself, or the `.ts` behind a `.js` name. */
async function resolveRelative(from: string, specifier: string): Promise<string> {
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target, target.replace(/\.js$/, '.ts')]) {
    if (
      await stat(candidate).then(
        (stats) => stats.isFile(),
        () => false,
      )
    )
      return candidate;
  }
  throw new Error(`${from}: imports "${specifier}", which is not a file`);
}

/**
 * The project files reachable from `entries` by run-time imports (static, re-exports and
 * dynamic imports of a literal), and the packages they import. es-module-lexer reads the
 * imports as the JavaScript parser would (comments and strings are not mistaken for them).
 */
export async function importClosure(root: string, entries: readonly string[]): Promise<{ files: Map<string, Buffer>; packages: Set<string> }> {
  await lexerReady;
  const files = new Map<string, Buffer>();
  const packages = new Set<string>();
  const pending = entries.map((entry) => resolve(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const shown = relative(root, file).replace(/\\/g, '/');
    if (files.has(shown)) continue;
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${shown}: cannot be read for a fingerprint (${error.code ?? error.message})`);
    });
    files.set(shown, bytes);
    const source = bytes.toString('utf8');
    const [imports] = parseImports(source, shown);
    for (const found of imports) {
      if (found.t === ImportType.ImportMeta) continue;
      if (found.n === undefined) throw new Error(`${shown}: imports a computed module name, which no fingerprint can follow`);
      if (isTypeOnly(source.slice(found.ss, found.se))) continue;
      const specifier = found.n;
      if (specifier.startsWith('.')) pending.push(await resolveRelative(file, specifier));
      // Node's own modules come with its version, which every fingerprint holds.
      else if (isBuiltin(specifier)) continue;
      else if (specifier.startsWith('astro:')) packages.add('astro');
      else packages.add(packageName(specifier));
    }
  }
  return { files, packages };
}

/**
 * The lockfile keys of `names` as the project resolves them, and of everything they depend
 * on, as Node would find each (the requiring package's own `node_modules` first, then the
 * folders above it). Optional dependencies count when the lockfile lists them (platform
 * binaries); type packages (`@types/…`) never run and do not.
 */
export function lockedClosure(lockfile: Lockfile, names: Iterable<string>): string[] {
  const entries = lockfile.packages ?? {};
  const found = new Set<string>();
  const locate = (name: string, from: string): string | undefined => {
    for (let at = from; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
      const key = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (Object.hasOwn(entries, key)) return key;
      if (at === '') return undefined;
    }
  };
  const visit = (name: string, from: string, required: boolean, by: string): void => {
    if (name.startsWith('@types/')) return;
    let key = locate(name, from);
    // A linked package (`file:` or a workspace) is its target's entry.
    if (key && entries[key]!.link && entries[key]!.resolved) key = entries[key]!.resolved!;
    if (!key || !Object.hasOwn(entries, key)) {
      if (required) throw new Error(`package-lock.json: no entry for "${name}" (needed by ${by}); run npm install`);
      return;
    }
    if (found.has(key)) return;
    found.add(key);
    const entry = entries[key]!;
    for (const dependency of Object.keys(entry.dependencies ?? {})) visit(dependency, key, true, key);
    for (const dependency of Object.keys({ ...entry.optionalDependencies, ...entry.peerDependencies })) visit(dependency, key, false, key);
  };
  for (const name of names) visit(name, '', true, 'the project');
  return [...found].sort();
}

/** Reads the project's lockfile; a missing one is an error, since nothing could then tell an upgrade. */
async function readLockfile(root: string): Promise<Lockfile> {
  const file = join(root, 'package-lock.json');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot be read (${error.code ?? error.message}); the build's caches are keyed by it, run npm install`);
  });
  return JSON.parse(text) as Lockfile;
}

/** A scope's files (with their bytes) and lockfile entries, as found in `root`. */
async function readScope(root: string, scope: CodeScope): Promise<{ files: Map<string, Buffer>; packages: [key: string, entry: LockedPackage][] }> {
  const [{ files, packages }, lockfile] = await Promise.all([importClosure(root, scope.entries), readLockfile(root)]);
  const keys = lockedClosure(lockfile, [...packages, ...(scope.readsPackages ?? [])]);
  return { files, packages: keys.map((key) => [key, lockfile.packages![key]!]) };
}

/** What a scope's code is, as found in `root`. */
export async function scopeContents(root: string, name: ScopeName): Promise<ScopeContents> {
  const { files, packages } = await readScope(root, CODE_SCOPES[name]);
  return { files: [...files.keys()].sort(), packages: packages.map(([key]) => key) };
}

/** The fingerprint of a scope's code, packages and Node version, as found in `root`. */
export async function codeFingerprint(root: string, name: ScopeName): Promise<string> {
  const scope: CodeScope = CODE_SCOPES[name];
  const { files, packages } = await readScope(root, scope);
  const hash = createHash('sha256').update(scope.withoutNode ? 'any node\0' : `node ${process.version}\0`);
  for (const file of [...files.keys()].sort()) hash.update(`${file}\0`).update(files.get(file)!).update('\0');
  for (const [key, { version, integrity, resolved }] of packages) hash.update(`${key}\0${version ?? ''}\0${integrity ?? resolved ?? ''}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** A scope's code fingerprint with the settings its results depend on, hashed whole. */
export async function fingerprint(root: string, name: ScopeName, settings: KeyPart = null): Promise<string> {
  return cacheKey(name, await codeFingerprint(root, name), settings);
}

/**
 * Settings that only say where things are: moving the content or the cache folder (a CI runner
 * restoring the cache elsewhere) changes no page.
 */
const FOLDER_SETTINGS: ReadonlySet<keyof SiteSettings> = new Set(['contentDir', 'cacheDir', 'storePath']);

/**
 * The part of every page's cache key that stands for the settings (src/data/cache-keys.ts):
 * all of them but the folders, so a new setting is covered the day it is added. Settings are
 * read at run time, so Astro's own hash of the page's code never sees them.
 */
export function pageSettingsFingerprint(settings: SiteSettings): string {
  return cacheKey(Object.fromEntries(Object.entries(settings).filter(([name]) => !FOLDER_SETTINGS.has(name as keyof SiteSettings))));
}
