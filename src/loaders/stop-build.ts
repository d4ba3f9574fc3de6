/**
 * How a build ends on broken content. Astro's own error printer would follow the problem lines
 * with a "Stack trace:" heading (empty: the problems are in the writer's files, not in code)
 * and, for a message that mentions "document" or "window", a hint about browser APIs
 * (node_modules/astro/dist/core/messages/runtime.js, core/errors/dev/utils.js). A person reads
 * either as a crash, so the loader prints the problems itself and ends the process first.
 */
import type { ContentError } from '../lib/content/errors.ts';

/** Prints the problems and where the format is documented, nothing else, and exits with 1. */
export function stopBuild(error: ContentError): never {
  // Writes to a pipe or a file are synchronous in Node on Linux and macOS: nothing is lost.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
