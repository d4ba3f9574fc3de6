/**
 * How a build ends on broken content. Astro's own error printer would follow the problem lines
 * with a "Stack trace:" heading (empty: the problems are in the writer's files, not in code)
 * and, for a message that mentions "document" or "window", a hint about browser APIs
 * (node_modules/astro/dist/core/messages/runtime.js, core/errors/dev/utils.js). A person reads
 * either as a crash, so the loader prints the problems itself and ends the process first.
 */
import type { LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content/errors.ts';

/** Prints the problems and where the format is documented, nothing else, and exits with 1. */
export function stopBuild(error: ContentError): never {
  // Writes to a pipe or a file are synchronous in Node on Linux and macOS: nothing is lost.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

/**
 * The first load of a small content source (author profiles, the front page file): broken
 * content ends a build as above; `astro dev` reports it and starts anyway, and the source's
 * watcher (watch.ts) picks the fixed file up.
 */
export async function firstLoad(context: Pick<LoaderContext, 'watcher' | 'logger'>, load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (!context.watcher) stopBuild(error);
    context.logger.error(error.message);
  }
}
