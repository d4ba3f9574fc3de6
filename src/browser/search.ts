/**
 * The search page's only script: queries the Pagefind index written at build time, says how
 * many articles match and lists them 20 at a time. Results are built as DOM nodes from text,
 * never as HTML strings; Pagefind's `<mark>` highlights are turned into `<mark>` elements one
 * by one.
 */
import { pluralForm } from '../lib/i18n/plural.ts';
import { SEARCH_INDEX_SEGMENT } from '../lib/routes.ts';
import { openPartitionedIndex, type PagefindModule, type PagefindResult, type PartitionedIndex, type ResultData } from './partitioned-search.ts';

/** The bundle's `pagefind.js`, loaded by the browser from the site, never bundled. */
const loadBundle = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindModule>;

/** Results listed at first, and added by each press of "Tampilkan lebih banyak". */
const PAGE_SIZE = 20;

/** Pagefind excerpts are text with `<mark>` around hits; anything else is shown as text. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const hit = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!hit) return document.createTextNode(part.replace(/<[^>]*>/g, ''));
    const mark = document.createElement('mark');
    mark.textContent = hit[1] ?? '';
    return mark;
  });
}

/** One result as a list item; returns its link, which takes the focus when it starts a new batch. */
function resultItem(result: ResultData): { item: HTMLLIElement; link: HTMLAnchorElement } {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(link, excerpt);
  return { item, link };
}

export function setUpSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLElement>('[data-search-more]')!;
  const moreButton = more.querySelector('button')!;
  const base = form.dataset.base ?? '/';
  const lang = document.documentElement.lang || 'id';
  const messages = { none: form.dataset.none ?? '', unavailable: form.dataset.unavailable ?? '' };
  const found = (count: number) => (form.dataset[pluralForm(lang, count) === 'one' ? 'foundOne' : 'foundOther'] ?? '').replace('{count}', String(count));
  let index: Promise<PartitionedIndex> | undefined;
  let latest = 0;
  /** The results of the latest search not listed yet, in Pagefind's order. */
  let unlisted: PagefindResult[] = [];

  /** Lists the next batch of results; returns the first new link, or undefined if a newer search began. */
  async function listNext(ticket: number): Promise<HTMLAnchorElement | undefined> {
    const batch = unlisted.splice(0, PAGE_SIZE);
    const results = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return undefined;
    const items = results.map(resultItem);
    list.append(...items.map(({ item }) => item));
    more.hidden = unlisted.length === 0;
    return items[0]?.link;
  }

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    list.replaceChildren();
    more.hidden = true;
    unlisted = [];
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    try {
      index ??= openPartitionedIndex(`${base}${SEARCH_INDEX_SEGMENT}/`, base, loadBundle);
      const results = await (await index).search(query);
      if (ticket !== latest) return;
      unlisted = results;
      const total = unlisted.length;
      await listNext(ticket);
      // The status is a polite live region: a screen reader hears the count once, when it is known.
      if (ticket === latest) status.textContent = total === 0 ? messages.none : found(total);
    } catch (error) {
      console.error(error);
      status.textContent = messages.unavailable;
    }
  }

  moreButton.addEventListener('click', () => {
    const ticket = latest;
    moreButton.disabled = true;
    listNext(ticket)
      // Focus moves to the first new result, so keyboard and screen-reader users read on from there.
      .then((first) => first?.focus())
      .catch((error: unknown) => {
        console.error(error);
        status.textContent = messages.unavailable;
      })
      .finally(() => (moreButton.disabled = false));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void run(query);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
