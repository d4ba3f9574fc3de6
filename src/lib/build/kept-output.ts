/**
 * Decisions behind keeping the last build's pages in the output folder
 * (src/integrations/kept-output.ts, docs/decisions/009-kept-output-folder.md): which files of
 * the folder are the pages Astro's incremental cache knows, whether the folder can be trusted to
 * still hold exactly what the last build wrote, and which pages went away. No file access here.
 */

/** What Warta notes in the cache folder when a build has finished writing its output folder. */
export interface KeptOutputRecord {
  /** The output folder, absolute. */
  outDir: string;
  /** SHA-256 of Astro's incremental manifest as that build left it. */
  manifest: string;
  /**
   * The output folder's own modification time (ns, as text): every build removes and writes
   * files at its top (404.html, robots.txt, the feeds), so another build into the same folder
   * with another cache changes it.
   */
  folderTime: string;
}

/** The state found at the start of a build. */
export interface OutputState {
  outDir: string;
  /** SHA-256 of the manifest now in the cache folder, if there is one. */
  manifest: string | undefined;
  folderTime: string | undefined;
}

/**
 * Whether the output folder still holds the last build's pages, as recorded: same folder, same
 * manifest (no other build used this cache since), folder untouched since.
 */
export function canKeepOutput(record: KeptOutputRecord | undefined, state: OutputState): boolean {
  return (
    record !== undefined &&
    state.manifest !== undefined &&
    state.folderTime !== undefined &&
    record.outDir === state.outDir &&
    record.manifest === state.manifest &&
    record.folderTime === state.folderTime
  );
}

/** Reads a record written by an earlier build; anything else (an older format, a torn file) is none. */
export function parseRecord(text: string): KeptOutputRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { outDir, manifest, folderTime } = value as Record<string, unknown>;
    if (typeof outDir !== 'string' || typeof manifest !== 'string' || typeof folderTime !== 'string') return undefined;
    return { outDir, manifest, folderTime };
  } catch {
    return undefined;
  }
}

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
