/**
 * Makes a small collection hold exactly the given entries, touching the store only where they
 * differ from what it holds. Any change marks Astro's whole content store for writing (1 s of
 * serializing at 20,000 articles), so an unchanged author list or front page, loaded again at
 * every start of `astro dev`, must not count as one.
 */
import type { LoaderContext } from 'astro/loaders';

type EntryInput = Parameters<LoaderContext['store']['set']>[0];

export function replaceEntries(context: Pick<LoaderContext, 'store' | 'generateDigest'>, entries: readonly Omit<EntryInput, 'digest'>[]): void {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  // The store skips an entry whose digest it already holds.
  for (const entry of entries) context.store.set({ ...entry, digest: context.generateDigest(JSON.stringify(entry)) });
}
