/**
 * The `:::figure` and `:::update` directives (docs/content-format.md) as the editors' desk
 * shows them: a form per block instead of directive syntax. Each block is read into fields
 * (`fromBlock`) and written back (`toBlock`) so that a block written in the canonical form
 * (attributes in the contract's order, double quotes) comes back byte for byte; the admin
 * page registers them as Decap editor components (src/pages/admin/index.astro).
 */

/** The attribute list of a container directive: `{src="…" alt='…' credit="…"}`, quotes may hold `}`. */
const ATTRIBUTES = String.raw`\{((?:[^}"'\n]|"[^"\n]*"|'[^'\n]*')*)\}`;
/** Decap matches a component's pattern at the start of the remaining text. */
export const FIGURE_PATTERN = new RegExp(String.raw`^:::figure${ATTRIBUTES}\n([\s\S]*?)\n:::(?=\n|$)`);
export const UPDATE_PATTERN = new RegExp(String.raw`^:::update${ATTRIBUTES}\n([\s\S]*?)\n:::(?=\n|$)`);

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' };

/** Attributes as remark-directive reads them: `name="value"` or `name='value'`, character references decoded. */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)')/g)) {
    const raw = match[2] ?? match[3] ?? '';
    attributes[match[1]!] = raw.replace(/&(quot|amp|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name]!);
  }
  return attributes;
}

/** `name="value"`, with `&` and `"` as references so any text stays one attribute. */
function attribute(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\n/g, ' ')}"`;
}

function directive(name: string, attributes: (string | undefined)[], content: string): string {
  const list = attributes.filter((entry) => entry !== undefined).join(' ');
  return `:::${name}{${list}}\n${content.replace(/^\n+|\n+$/g, '')}\n:::`;
}

export interface FigureBlock {
  /** A file in the story's bundle (`./foto.jpg`) or an http(s) address; empty when there is no picture. */
  src: string;
  alt: string;
  credit: string;
  /** The caption: Markdown, rendered and sanitized like the body. */
  caption: string;
}

export function figureFromBlock(match: RegExpMatchArray): FigureBlock {
  const attributes = parseAttributes(match[1] ?? '');
  return { src: attributes.src ?? '', alt: attributes.alt ?? '', credit: attributes.credit ?? '', caption: match[2] ?? '' };
}

export function figureToBlock(figure: Partial<FigureBlock>): string {
  return directive('figure', [attribute('src', figure.src), attribute('alt', figure.alt), attribute('credit', figure.credit)], figure.caption ?? '');
}

export interface UpdateBlock {
  /** A date-time with an offset (`2024-03-10T06:15:00+07:00`). */
  time: string;
  title: string;
  /** The update's text: Markdown. */
  body: string;
}

export function updateFromBlock(match: RegExpMatchArray): UpdateBlock {
  const attributes = parseAttributes(match[1] ?? '');
  return { time: attributes.time ?? '', title: attributes.title ?? '', body: match[2] ?? '' };
}

export function updateToBlock(update: Partial<UpdateBlock>): string {
  return directive('update', [attribute('time', update.time), attribute('title', update.title)], update.body ?? '');
}
