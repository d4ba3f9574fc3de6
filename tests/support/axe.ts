/** axe-core in a Chromium page (tests/support/browser.ts): WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How many of a rule's failing elements a message names. */
const TARGETS_SHOWN = 5;

/** axe's findings on the open page, one line a rule: page, rule, impact, the elements and what to do. */
export async function axeViolations(page: Page, url: string): Promise<string[]> {
  // The pages' Content Security Policy refuses inline scripts, so page.addScriptTag({ content })
  // would be blocked, and a context with bypassCSP would audit pages with their policy lifted.
  // Evaluated through the DevTools protocol, axe runs beside the policy: the page is audited as served.
  await page.evaluate(axe.source);
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
  return results.violations.map(({ id, impact, help, nodes }) => {
    const targets = nodes.slice(0, TARGETS_SHOWN).map((node) => node.target.join(' '));
    const more = nodes.length > TARGETS_SHOWN ? ` and ${nodes.length - TARGETS_SHOWN} more` : '';
    return `${url}: ${id} (${impact ?? 'no impact'}) on ${nodes.length} element(s): ${targets.join(' | ')}${more}. ${help}`;
  });
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
