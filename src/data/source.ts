/**
 * Where pages' content comes from, behind one interface: Astro's content collections in a
 * static build and `astro dev` (sources/collections.ts), the store (SQLite or PostgreSQL) that
 * `npm run server:sync` fills in server mode (sources/store.ts). The modules of src/data ask
 * this module, never `astro:content` or the store directly, and routes ask src/data.
 */
import { settings } from '../lib/settings.ts';
import type { ContentSource } from './source-types.ts';

export type { ArticleEntry, AuthorEntry, ContentSource, PageReads } from './source-types.ts';

let chosen: Promise<ContentSource> | undefined;

/** The source this mode reads, loaded once (the store's driver is never loaded by a static build). */
export function contentSource(): Promise<ContentSource> {
  return (chosen ??=
    settings.mode === 'server' ? import('./sources/store.ts').then((module) => module.source) : import('./sources/collections.ts').then((module) => module.source));
}

export interface PerVersionOptions {
  /**
   * Whether a server keeps the value until the next sync (the default), or only while it is being
   * computed, shared by the requests that ask meanwhile: what grows with the archive (every
   * story, for the sitemaps) is read again when asked rather than held (docs/decisions/018).
   */
  keepInServer?: boolean;
}

/**
 * A value computed from the content once per version of it: once in a build, once per sync in
 * server mode, on every call in `astro dev` (whose content store changes under it).
 */
export function perVersion<Value>(compute: (source: ContentSource) => Promise<Value>, { keepInServer = true }: PerVersionOptions = {}): () => Promise<Value> {
  let last: { version: number; value: Promise<Value> } | undefined;
  return async () => {
    const source = await contentSource();
    if (import.meta.env.DEV) return compute(source);
    const version = await source.version();
    if (last?.version !== version) {
      const value = compute(source);
      const kept = { version, value };
      last = kept;
      // A failed read (a store that went away: 503) is not kept: the next request tries again.
      const forget = () => {
        if (last === kept) last = undefined;
      };
      value.then(source.live && !keepInServer ? forget : undefined, forget);
    }
    return last.value;
  };
}
