/**
 * The hand-over of a build's next change moment from the page data (src/data/articles.ts, in the
 * chunks Astro bundles) to the integration that records it (src/integrations/next-change.ts, loaded
 * from source): two copies of a module, one process, so the note lives on the global object.
 */
const NOTE = Symbol.for('warta.nextChange');

/** Its name in the cache folder. */
export const NEXT_CHANGE_FILE = 'warta-next-change.json';

interface Note {
  nextChangeAt: number | undefined;
}

const holder = globalThis as { [NOTE]?: Note };

export function noteNextChange(nextChangeAt: number | undefined): void {
  holder[NOTE] = { nextChangeAt };
}

export function takeNextChange(): Note | undefined {
  const note = holder[NOTE];
  delete holder[NOTE];
  return note;
}

/** Reads the file the integration wrote: `null` is "never", undefined is "none noted". */
export function parseNextChange(text: string | undefined): { nextChangeAt: number | null } | undefined {
  if (text === undefined) return undefined;
  try {
    const value = (JSON.parse(text) as { nextChangeAt?: unknown } | null)?.nextChangeAt;
    return value === null || typeof value === 'number' ? { nextChangeAt: value } : undefined;
  } catch {
    return undefined;
  }
}
