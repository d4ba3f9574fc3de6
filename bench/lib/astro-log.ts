/**
 * What Astro's build log says about each generated file: rendered, or reused from the
 * incremental cache. Astro starts a line per file, `├─ /berita/x/index.html`, and ends it with
 * `(restored)` or `(cached)` when it copied the file from the last build, or with the render
 * time. With `build.concurrency` above 1 a rendered file's time comes later, after other lines
 * have started, so a file counts as rendered when it was started and not reused.
 */
export interface GeneratedFiles {
  rendered: string[];
  reused: string[];
}

/** A file name runs up to a space, the end of the line or the time stamp of the next line. */
const STARTED = /├─ (\/[^\s]*?)(?=\d\d:\d\d:\d\d|\s|$)/g;
const REUSED = /├─ (\/\S+) \((?:restored|cached)\)/g;

export function generatedFiles(log: string): GeneratedFiles {
  const reused = [...log.matchAll(REUSED)].map((match) => match[1]!);
  const reusedSet = new Set(reused);
  const rendered = [...log.matchAll(STARTED)].map((match) => match[1]!).filter((file) => !reusedSet.has(file));
  return { rendered, reused };
}

/** What the bundle-media integration's line says (src/integrations/bundle-media.ts): pictures published and encoded. */
export function publishedPictures(log: string): { published: number; encoded: number } {
  const match = /published (\d+) pictures: \d+ in place, \d+ reused, (\d+) encoded/.exec(log);
  return match ? { published: Number(match[1]), encoded: Number(match[2]) } : { published: 0, encoded: 0 };
}
