/**
 * Limits that keep hostile or broken bodies from taking the build down. A parser given
 * thousands of nested lists slows down by a power of the depth, and any deep enough tree
 * overflows the stack of the recursive tree walkers; no article needs either, so such a body
 * is refused with a clear message before (or instead of) crashing or hanging.
 */

/** Deeper than any real article (lists in quotes in lists…), shallow enough to stay fast. */
export const MAX_NESTING = 100;
/** About 20 times the longest news features; a 10 MB body still renders. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Thrown when a body breaks a limit; the message says what was expected. */
export class BodyLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BodyLimitError';
  }
}

// Block containers at the start of a line: block quote markers and list bullets or numbers.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

const columns = (whitespace: string): number => whitespace.replace(/\t/g, '    ').length;

/**
 * How deeply a line nests, roughly as a parser sees it: its container markers, plus its
 * indentation before and after them in steps of two columns (nested list items indent).
 */
export function lineNesting(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
  const markers = prefix.match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0;
  const before = columns(/^[ \t]*/.exec(line)![0]);
  const after = prefix ? columns(/^[ \t]*/.exec(line.slice(prefix.length))![0]) : 0;
  return markers + Math.floor((before + after) / 2);
}

/** Refuses a body over the limits, naming the line; returns quietly otherwise. */
export function assertBodyLimits(markdown: string): void {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    throw new BodyLimitError(`expected at most ${MAX_BODY_BYTES / 1024 / 1024} MB of Markdown, got ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  }
  let lineNumber = 0;
  for (const line of markdown.split('\n')) {
    lineNumber++;
    const depth = lineNesting(line);
    if (depth > MAX_NESTING) {
      throw new BodyLimitError(`expected lists and quotes nested at most ${MAX_NESTING} levels deep, got ${depth} at line ${lineNumber} of the body`);
    }
  }
}

/** The message for a tree too deep for the renderer's recursion (e.g. thousands of nested tags). */
export const TOO_DEEP = `expected content nested at most ${MAX_NESTING} levels deep, got a body too deeply nested to render`;
