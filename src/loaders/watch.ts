/**
 * In `astro dev`: loads a small content source (one file, or a folder of a few) again whenever
 * anything in it changes. A broken edit is reported and the last good version keeps showing.
 */
import { sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content/errors.ts';

export function reloadOnChange(context: LoaderContext, path: string, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(path);
  const onEvent = async (changed: string) => {
    if (changed !== path && !changed.startsWith(path + sep)) return;
    try {
      await reload();
      logger.info(`reloaded ${changed}`);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      logger.error(error.message);
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEvent);
}
