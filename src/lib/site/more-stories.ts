/**
 * "Berita terkait": up to `MORE_STORIES` earlier stories, most shared tags first among the
 * `RELATED_LOOK_BACK` stories before the story in each of its tags, then the same section, then
 * the nearest in time (docs/decisions/019-related-stories-look-back.md); too few, and the
 * section's earlier stories fill up, then the site's, then (for the site's first stories only)
 * the nearest later ones. One function for the build, which asks it of every story with the
 * whole site in memory (src/lib/site/site-index.ts), and the server, which reads the few
 * stories it looks at (src/lib/site/story-surroundings.ts).
 *
 * Stories are positions in one newest-first order (the site's for a build, the stories read for
 * a server), so the counting is over typed arrays: a Map per story and a sort of every candidate
 * cost a 20,000-article build 55 s (a story shares a tag with ≈ 1,600 others there).
 */
export const MORE_STORIES = 4;
/**
 * How far back "Berita terkait" looks in each of a story's tags. Looking only back keeps a
 * story's page unchanged when newer stories are published; the bound keeps the cost per story
 * fixed (scanning whole tags cost 14 s of an unchanged 100,000-article build).
 */
export const RELATED_LOOK_BACK = 200;
/** How many stories each fill pool offers. */
export const FILL_POOL = MORE_STORIES * 2;

export interface MoreStoriesInput {
  /** For each of the story's tags (by slug, once each), the positions before it in that tag, nearest first, at most RELATED_LOOK_BACK. */
  tagRuns: readonly ArrayLike<number>[];
  /** The section (as written) of a position, as a number. */
  sectionAt: (position: number) => number;
  ownSection: number;
  /** Scratch counts by position, all zero; left all zero. */
  counts: Uint16Array;
  /** The fill pools, in order, each at most FILL_POOL positions in the order they are taken. */
  pools: readonly (readonly number[])[];
}

/** The positions picked, best first. */
export function pickMoreStories({ tagRuns, sectionAt, ownSection, counts, pools }: MoreStoriesInput): number[] {
  const candidates: number[] = [];
  for (const run of tagRuns) {
    for (let index = 0; index < run.length; index++) {
      const other = run[index]!;
      if (counts[other] === 0) candidates.push(other);
      counts[other]!++;
    }
  }
  // Most shared tags first, then the same section, then the nearest (the lowest position, as all are older).
  const comesFirst = (a: number, b: number) =>
    counts[a]! !== counts[b]! ? counts[a]! > counts[b]! : (sectionAt(a) === ownSection) !== (sectionAt(b) === ownSection) ? sectionAt(a) === ownSection : a < b;
  const picked: number[] = [];
  for (const other of candidates) {
    if (picked.length === MORE_STORIES && !comesFirst(other, picked[MORE_STORIES - 1]!)) continue;
    let at = picked.length;
    while (at > 0 && comesFirst(other, picked[at - 1]!)) at--;
    picked.splice(at, 0, other);
    if (picked.length > MORE_STORIES) picked.pop();
  }
  for (const other of candidates) counts[other] = 0;
  for (const pool of pools) {
    for (const other of pool) {
      if (picked.length >= MORE_STORIES) return picked;
      if (!picked.includes(other)) picked.push(other);
    }
  }
  return picked;
}
