/**
 * Decisions behind reusing a stage that holds an earlier build's pages
 * (src/integrations/kept-output.ts, docs/decisions/009-kept-output-folder.md, 016): which files
 * of the folder are the pages Astro's incremental cache knows, which directories hold them, and
 * which pages went away. No file access here.
 */

/**
 * The output files (relative to the output folder, `/`-separated) that Astro's incremental
 * manifest lists: every keyed page of the build that wrote it
 * (node_modules/astro/dist/core/build/incremental.js: routes → paths → outputFile).
 * A manifest this code cannot read lists nothing, so nothing is kept.
 */
export function manifestOutputs(text: string): Set<string> {
  const outputs = new Set<string>();
  try {
    const manifest: unknown = JSON.parse(text);
    const routes = (manifest as { routes?: unknown } | null)?.routes;
    if (typeof routes !== 'object' || routes === null) return outputs;
    for (const route of Object.values(routes)) {
      const paths = (route as { paths?: unknown } | null)?.paths;
      if (typeof paths !== 'object' || paths === null) continue;
      for (const entry of Object.values(paths)) {
        const file = (entry as { outputFile?: unknown } | null)?.outputFile;
        if (typeof file === 'string' && isPlainRelative(file)) outputs.add(file);
      }
    }
  } catch {
    outputs.clear();
  }
  return outputs;
}

/** Astro's incremental manifest, as far as this module reads it; anything else in it is compared whole. */
interface Manifest {
  version?: unknown;
  configHash?: unknown;
  lockfileHash?: unknown;
  routes?: Record<string, { dependencyHash?: unknown; paths?: Record<string, unknown> } | null>;
}

function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const manifest: unknown = JSON.parse(text);
    return typeof manifest === 'object' && manifest !== null ? (manifest as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The output files a build rendered again, from Astro's manifest before it and the one it wrote:
 * Astro reuses a page only when the build's config and lockfile, the route's template and the
 * page's own entry (cache key, content hashes) are all as before (IncrementalBuildCache.canSkip
 * in node_modules/astro/dist/core/build/incremental.js), so a page whose entry differs in any of
 * these, or that is new, was rendered. Either mistake costs time only: a page counted rendered
 * that was not is linked to the copy it already is; one missed is linked by the next build.
 */
export function renderedOutputs(before: string | undefined, after: string): Set<string> {
  const previous = parseManifest(before);
  const next = parseManifest(after);
  const rendered = new Set<string>();
  const sameBuild = previous !== undefined && next !== undefined && (['version', 'configHash', 'lockfileHash'] as const).every((field) => previous[field] === next[field]);
  for (const [component, route] of Object.entries(next?.routes ?? {})) {
    const old = sameBuild ? previous.routes?.[component] : undefined;
    const sameTemplate = old !== undefined && old !== null && old.dependencyHash === route?.dependencyHash;
    for (const [pathname, entry] of Object.entries(route?.paths ?? {})) {
      const file = (entry as { outputFile?: unknown } | null)?.outputFile;
      if (typeof file !== 'string' || !isPlainRelative(file)) continue;
      if (!sameTemplate || JSON.stringify(old.paths?.[pathname]) !== JSON.stringify(entry)) rendered.add(file);
    }
  }
  return rendered;
}

/** A relative path that stays inside the folder: the manifest is read, never trusted. */
function isPlainRelative(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.split('/').some((segment) => segment === '..' || segment === '');
}

/**
 * Directories (relative, `/`-separated, `''` for the folder itself) that hold a kept file
 * somewhere below them: the only ones worth walking; any other directory goes whole.
 */
export function keptDirectories(kept: Iterable<string>): Set<string> {
  const directories = new Set<string>(['']);
  for (const file of kept) {
    const segments = file.split('/');
    for (let length = 1; length < segments.length; length++) directories.add(segments.slice(0, length).join('/'));
  }
  return directories;
}

/** Kept pages this build did not write or keep: pages of articles taken down, moved or drafted. */
export function goneOutputs(kept: ReadonlySet<string>, written: ReadonlySet<string>): string[] {
  return [...kept].filter((file) => !written.has(file)).sort();
}
