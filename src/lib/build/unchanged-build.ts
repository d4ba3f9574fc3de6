/**
 * Whether a build may be skipped because nothing it reads changed since the last build that
 * finished (docs/decisions/021-unchanged-builds.md): the same inputs (content files, code,
 * settings, options), the output folder still holding what that build wrote, and no moment
 * passed at which the same content makes another site (src/lib/site/next-change.ts).
 * No file access here.
 */

/** What Warta notes in the cache folder when a build has finished, search index included. */
export interface LastBuildRecord {
  /** Digest of everything the build read (src/post-build/build-inputs.ts). */
  inputs: string;
  /** The output folder, absolute. */
  outDir: string;
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
  /** Whether the output folder still holds the recorded build's pages (src/lib/build/kept-output.ts). */
  outputKept: boolean;
}

export function isUnchangedBuild(record: LastBuildRecord | undefined, request: BuildRequest): boolean {
  return (
    record !== undefined &&
    request.inputs !== undefined &&
    request.outputKept &&
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
    const { inputs, outDir, builtAt, nextChangeAt } = value;
    if (typeof inputs !== 'string' || typeof outDir !== 'string' || typeof builtAt !== 'number') return undefined;
    if (nextChangeAt !== null && typeof nextChangeAt !== 'number') return undefined;
    return { inputs, outDir, builtAt, nextChangeAt };
  } catch {
    return undefined;
  }
}
