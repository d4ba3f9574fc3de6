/**
 * remark plugin: a live page's `:::update{time="2023-02-01T14:30:00+07:00" title="…"}` container
 * directives become one section each, newest first, with an anchor made from the update's
 * moment (stable however the page grows) and its time shown in the site's zone. A "Peristiwa
 * penting" list before them links the updates that have a title. What the JSON-LD needs of
 * each update is left on `file.data.liveUpdates`, since only the rendering sees the body; its
 * text is taken after the sanitizer (`rehypeLiveUpdateText`), so it is what readers see.
 */
import type { Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { humanDate, parseArticleDate, toZonedIso, type ArticleDate } from '../utils/dates.ts';
import { CLOBBER_PREFIX } from './sanitize-schema.ts';

export interface LiveUpdate {
  /** The update's anchor on the page, as the sanitizer leaves it (`user-content-update-…`). */
  id: string;
  time: ArticleDate;
  title?: string | undefined;
  /** The update's text as readers see it, without markup, for structured data. */
  text: string;
}

export interface RemarkLiveUpdatesOptions {
  /** Heading of the list of titled updates. */
  keyEventsLabel: string;
  /** Language and zone the update times are shown in. */
  locale: string;
  timeZone: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Whether the body may hold updates: set by the caller from the article's kind. */
    allowLiveUpdates: boolean;
    liveUpdates: LiveUpdate[];
  }
}

/** Thrown for an update the format refuses; the message names the directive and what was expected. */
export class LiveUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LiveUpdateError';
  }
}

const UPDATE_ATTRIBUTES = new Set(['time', 'title']);
const UPDATE_CLASS = 'live-update';
const TIME_CLASS = 'live-update-time';
const TITLE_CLASS = 'live-update-title';
const KEY_EVENTS_HEADING_ID = 'live-key-events';

/** `update-20230201t073000z`: the moment in UTC, so the anchor does not depend on the site's zone. */
export function updateAnchor(time: number): string {
  return `update-${new Date(time)
    .toISOString()
    .replace(/\.\d+Z$/, 'z')
    .replace(/[-:]/g, '')
    .toLowerCase()}`;
}

const lineOf = (node: ContainerDirective): string => (node.position ? ` at line ${node.position.start.line} of the body` : '');
const notOnLivePage = (node: ContainerDirective) => new LiveUpdateError(`:::update: expected only on a live page (kind: langsung)${lineOf(node)}`);

function readTime(node: ContainerDirective, timeZone: string): ArticleDate {
  const value = node.attributes?.time ?? undefined;
  const parsed = value === undefined ? undefined : parseArticleDate(value.trim(), timeZone);
  if (parsed && !parsed.dateOnly) return parsed;
  const got = value === undefined ? 'nothing' : JSON.stringify(value);
  throw new LiveUpdateError(`:::update time: expected an ISO 8601 date-time with an offset (2023-02-01T14:30:00+07:00), got ${got}${lineOf(node)}`);
}

const text = (value: string) => ({ type: 'text' as const, value });

/** `<time datetime="…+07:00">Minggu, 10 Maret 2024 07.40 WIB</time>`, with a class where the update heads its section. */
function timeElement(time: ArticleDate, options: RemarkLiveUpdatesOptions, className?: string): PhrasingContent {
  const dateTime = toZonedIso(time.time, options.timeZone);
  return { ...text(humanDate(time, options.locale, options.timeZone)), data: { hName: 'time', hProperties: { dateTime, ...(className ? { className: [className] } : {}) } } };
}

/**
 * Every update is headed, so readers of a screen reader can move from one to the next: by its
 * time, then its title when it has one.
 */
function updateHeading(update: LiveUpdate, options: RemarkLiveUpdatesOptions): Heading {
  const title: PhrasingContent[] = update.title ? [text(' '), { ...text(update.title), data: { hName: 'span', hProperties: { className: [TITLE_CLASS] } } }] : [];
  return { type: 'heading', depth: 2, children: [timeElement(update.time, options, TIME_CLASS), ...title] };
}

function keyEvents(updates: readonly LiveUpdate[], options: RemarkLiveUpdatesOptions): ContainerDirective {
  const heading: Heading = { type: 'heading', depth: 2, data: { hProperties: { id: KEY_EVENTS_HEADING_ID } }, children: [text(options.keyEventsLabel)] };
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: updates.map((update) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: `#${update.id.slice(CLOBBER_PREFIX.length)}`, children: [text(update.title!)] }, text(' '), timeElement(update.time, options)],
        },
      ],
    })),
  };
  return {
    type: 'containerDirective',
    name: 'update-key-events',
    data: { hName: 'nav', hProperties: { className: ['live-key-events'], ariaLabelledBy: [KEY_EVENTS_HEADING_ID] } },
    children: [heading, list],
  };
}

export default function remarkLiveUpdates(options: RemarkLiveUpdatesOptions) {
  return (tree: Root, file: VFile): void => {
    const found: { node: ContainerDirective; update: LiveUpdate }[] = [];
    const seen = new Map<number, string>();
    let firstIndex = -1;
    tree.children.forEach((node, index) => {
      if (node.type !== 'containerDirective' || node.name !== 'update') return;
      if (!file.data.allowLiveUpdates) throw notOnLivePage(node);
      if (firstIndex < 0) firstIndex = index;
      for (const name of Object.keys(node.attributes ?? {})) {
        if (!UPDATE_ATTRIBUTES.has(name)) file.message(`Unknown update attribute "${name}": expected time or title`, node);
      }
      const time = readTime(node, options.timeZone);
      if (seen.has(time.time)) {
        throw new LiveUpdateError(
          `:::update time: expected a moment no other update has, got ${JSON.stringify(time.iso)} as ${JSON.stringify(seen.get(time.time))} was${lineOf(node)}`,
        );
      }
      seen.set(time.time, time.iso);
      const title = node.attributes?.title?.trim() || undefined;
      found.push({ node, update: { id: `${CLOBBER_PREFIX}${updateAnchor(time.time)}`, time, title, text: '' } });
    });
    // An update inside a list or quote would be read as its text: the format puts them at the top level.
    visitNested(tree, (node) => {
      if (!file.data.allowLiveUpdates) throw notOnLivePage(node);
      throw new LiveUpdateError(`:::update: expected at the top level of the body, not inside another block${lineOf(node)}`);
    });
    // Newest first; no two updates share a moment (checked above).
    const byTime = found.toSorted((a, b) => b.update.time.time - a.update.time.time);
    file.data.liveUpdates = byTime.map(({ update }) => update);
    if (found.length === 0) return;

    const sections: RootContent[] = byTime.map(({ node, update }) => {
      node.children = [updateHeading(update, options), ...node.children];
      node.data = { hName: 'section', hProperties: { className: [UPDATE_CLASS], id: updateAnchor(update.time.time) } };
      return node;
    });
    const titled = file.data.liveUpdates.filter((update) => update.title);
    const rest = tree.children.filter((node) => !found.some((entry) => entry.node === node));
    // Anything written before the first update (an introduction) stays before the list.
    const before = rest.slice(0, firstIndex);
    tree.children = [...before, ...(titled.length > 0 ? [keyEvents(titled, options)] : []), ...sections, ...rest.slice(firstIndex)];
  };
}

/** rehype plugin, after the sanitizer: fills in each update's text from its sanitized section. */
export function rehypeLiveUpdateText() {
  return (tree: HastRoot, file: VFile): void => {
    const byId = new Map((file.data.liveUpdates ?? []).map((update) => [update.id, update]));
    if (byId.size === 0) return;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'section') continue;
      const update = byId.get(String(node.properties.id));
      if (!update) continue;
      // Leave out the heading the plugin wrote: the time and the title are fields of their own.
      const body = node.children.slice(1);
      update.text = body
        .map((child) => hastToString(child))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    }
  };
}

/** Calls `onNested` for an update directive anywhere but the top level. */
function visitNested(tree: Root, onNested: (node: ContainerDirective) => void): void {
  const walk = (children: readonly RootContent[], depth: number) => {
    for (const child of children) {
      if (child.type === 'containerDirective' && child.name === 'update' && depth > 0) onNested(child);
      if ('children' in child) walk(child.children as RootContent[], depth + 1);
    }
  };
  walk(tree.children, 0);
}
