/**
 * The search page's only script: queries the Pagefind index written at build time and lists
 * the matching articles. Results are built as DOM nodes from text, never as HTML strings;
 * Pagefind's `<mark>` highlights are turned into `<mark>` elements one by one.
 */
import { SEARCH_INDEX_SEGMENT, SEARCH_SHARDS_FILE } from '../lib/routes.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  options: (options: { baseUrl: string }) => Promise<void>;
  mergeIndex: (indexPath: string, options: { baseUrl: string }) => Promise<void>;
}

/**
 * The index comes in partitions by year (src/post-build/search-index.ts): the bundle
 * holds the newest, and its manifest lists the folders of the others, merged in so that one
 * search covers them all. Merged partitions share the bundle's WebAssembly and fetch only
 * their small entry and metadata files, all at once.
 */
async function loadPagefind(base: string): Promise<Pagefind> {
  const bundle = `${base}${SEARCH_INDEX_SEGMENT}/`;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await module.options({ baseUrl: base });
  const response = await fetch(`${bundle}${SEARCH_SHARDS_FILE}`);
  if (!response.ok) throw new Error(`${bundle}${SEARCH_SHARDS_FILE}: ${response.status}`);
  const partitions = (await response.json()) as string[];
  await Promise.all(partitions.map((partition) => module.mergeIndex(`${bundle}${partition}`, { baseUrl: base })));
  return module;
}

const MAX_RESULTS = 20;

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

export function setUpSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const base = form.dataset.base ?? '/';
  const messages = { none: form.dataset.none ?? '', found: form.dataset.found ?? '', unavailable: form.dataset.unavailable ?? '' };
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    try {
      pagefind ??= loadPagefind(base);
      const response = await (await pagefind).search(query);
      const results = await Promise.all((response?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      status.textContent = results.length === 0 ? messages.none : messages.found.replace('{count}', String(results.length));
      for (const result of results) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        list.append(item);
      }
    } catch (error) {
      console.error(error);
      status.textContent = messages.unavailable;
    }
  }

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
