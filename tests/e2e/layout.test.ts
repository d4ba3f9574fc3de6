/**
 * The page's column on a big site, measured in Chromium at a phone's, a tablet's and a desktop's
 * width over every page type: every child of <main> sits in the header's column, nothing scrolls
 * sideways and no text is cut off or pokes out of its box. Geometry, not pixels: what a reader
 * would see as broken, without screenshots to keep up to date.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { PAGE_TYPES, pageExamples, type PageExample } from '../support/page-types.ts';
import { buildBigSite, STRESS_SLUG } from '../support/shared-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const WIDTHS = [390, 768, 1280] as const;
/** Sub-pixel rounding of centred boxes. */
const TOLERANCE_PX = 1;

let server: StaticServer;
let browser: Browser;
let examples: PageExample[];

beforeAll(async () => {
  const outDir = await buildBigSite();
  examples = pageExamples(outDir, { prefer: `/berita/${STRESS_SLUG}/` });
  server = await serveStatic(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What is wrong with the open page's layout, one line per fault; runs in the page. */
function layoutFaults(tolerance: number): string[] {
  const name = (element: Element): string =>
    `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;
  const faults: string[] = [];
  const column = document.querySelector('.site-header__inner')!.getBoundingClientRect();
  for (const child of document.querySelector('main')!.children) {
    if (child.getClientRects().length === 0) continue; // not drawn: a script, a hidden element
    const box = child.getBoundingClientRect();
    if (box.left < column.left - tolerance || box.right > column.right + tolerance) {
      faults.push(
        `${name(child)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside the header's column ${Math.round(column.left)}–${Math.round(column.right)} px`,
      );
    }
  }
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > window.innerWidth) faults.push(`the page scrolls sideways: ${scrollWidth} px wide in a ${window.innerWidth} px window`);
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue; // visually hidden on purpose (.sr-only)
    const style = getComputedStyle(element);
    // A box whose content is wider than itself either cuts it off (overflow hidden or clip,
    // an ellipsis) or lets it spill over its neighbours; a scrolling box (auto, scroll) is fine.
    const wider = element.clientWidth > 0 && element.scrollWidth > element.clientWidth + tolerance;
    const taller = element.clientHeight > 0 && element.scrollHeight > element.clientHeight + tolerance;
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    if (wider && !scrolls(style.overflowX))
      faults.push(
        `${name(element)} holds text ${element.scrollWidth} px wide in ${element.clientWidth} px (overflow-x: ${style.overflowX}, text-overflow: ${style.textOverflow}): “${element.textContent!.trim().slice(0, 60)}”`,
      );
    if (taller && (style.overflowY === 'hidden' || style.overflowY === 'clip'))
      faults.push(`${name(element)} cuts off text ${element.scrollHeight} px tall at ${element.clientHeight} px: “${element.textContent!.trim().slice(0, 60)}”`);
  }
  return faults;
}

it('has an example of every page type', () => {
  expect(examples.map((example) => example.type)).toEqual(PAGE_TYPES.map((type) => type.name));
});

describe.each(WIDTHS)('%i px wide', (width) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(PAGE_TYPES.map((type) => type.name))('%s: in the column, no sideways scroll, no text cut off', async (type) => {
    const example = examples.find((candidate) => candidate.type === type)!;
    const response = await page.goto(`${server.url}${example.url}`);
    expect(response?.status()).toBe(example.status);
    if (example.ready) await page.waitForSelector(example.ready);
    expect(await page.evaluate(layoutFaults, TOLERANCE_PX), `${example.url} at ${width} px`).toEqual([]);
  });
});
