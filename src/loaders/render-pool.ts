/**
 * Article bodies rendered on every core: a tinypool of worker threads that each load files
 * with src/loaders/render-worker.ts. Only data crosses to a worker (the file's bytes, its
 * names, the settings), and only data comes back (the loaded article, or its problems), so
 * what a worker returns is what the main thread would have computed. See
 * docs/decisions/008-render-pool.md for when the loader uses it and why.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { ArticleFile } from '../lib/content/article-files.ts';
import type { ArticleOutcome, ArticleRenderSettings } from '../lib/content/load-article.ts';

export interface RenderTask {
  bytes: Uint8Array;
  file: ArticleFile;
  displayPath: string;
}

export interface RenderPool {
  render: (task: RenderTask) => Promise<ArticleOutcome>;
  /** Ends the workers, so their memory is given back before Astro generates the pages. */
  close: () => Promise<void>;
}

export function createRenderPool(settings: ArticleRenderSettings, threads: number = availableParallelism()): RenderPool {
  const pool = new Tinypool({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: settings,
  });
  return {
    render: (task) => pool.run(task) as Promise<ArticleOutcome>,
    close: () => pool.destroy(),
  };
}
