/**
 * Whether a build may be skipped because nothing it reads changed since the last build that
 * finished (docs/decisions/021-unchanged-builds.md): the same inputs (content files, code,
 * settings, options), the output folder still holding the release that build switched in, and no moment
 * passed at which the same content makes another site (src/lib/site/next-change.ts).
 * No file access here.
 */

/** What Warta notes in the cache folder when a build has finished, search index included. */
export interface LastBuildRecord {
  /** Digest of everything the build read (src/post-build/build-inputs.ts). */
  inputs: string;
  /** The output folder, absolute. */
  outDir: string;
  /** The release that build switched into the output folder (src/post-build/release.ts). */
  release: string;
  /** The moment that build published at, ms since the epoch. */
  builtAt: number;
  /** The first moment at which the same content makes another site; null when none comes. */
  nextChangeAt: number | null;
}

/** What a new build finds. `inputs` is undefined when some input cannot be told unchanged (a file just written). */
export interface BuildRequest {
  inputs: string | undefined;
  outDir: string;
  now: number;
  /** The release the output folder holds now, undefined when it holds none. */
  release: string | undefined;
}

export function isUnchangedBuild(record: LastBuildRecord | undefined, request: BuildRequest): boolean {
  return (
    record !== undefined &&
    request.inputs !== undefined &&
    record.release === request.release &&
    record.inputs === request.inputs &&
    record.outDir === request.outDir &&
    request.now >= record.builtAt &&
    (record.nextChangeAt === null || request.now < record.nextChangeAt)
  );
}

/** Reads a record written by an earlier build; anything else (an older format, a torn file) is none. */
export function parseLastBuild(text: string | undefined): LastBuildRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof LastBuildRecord, unknown>> | null;
    if (typeof value !== 'object' || value === null) return undefined;
    const { inputs, outDir, release, builtAt, nextChangeAt } = value;
    if (typeof inputs !== 'string' || typeof outDir !== 'string' || typeof release !== 'string' || typeof builtAt !== 'number') return undefined;
    if (nextChangeAt !== null && typeof nextChangeAt !== 'number') return undefined;
    return { inputs, outDir, release, builtAt, nextChangeAt };
  } catch {
    return undefined;
  }
}
