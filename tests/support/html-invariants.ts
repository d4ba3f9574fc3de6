/**
 * What must never be in a page that came from content, checked on parsed HTML (as a browser
 * sees it), not by string matching: script-bearing elements, event handler attributes, and
 * URLs with a scheme that runs or embeds code.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'meta',
  'noscript',
  'portal',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'data', 'cite', 'srcSet'];
const DANGEROUS_SCHEME = /^\s*(?:javascript|vbscript|data|file|blob):/i;

export interface Violation {
  element: string;
  problem: string;
}

/** The allowances a whole page needs: the JSON-LD block and Warta's own head elements. */
export interface InvariantOptions {
  /** Elements to skip with their subtree, e.g. `head` when checking a whole page's body. */
  ignore?: (element: Element) => boolean;
}

export function findViolations(html: string, options: InvariantOptions = {}): Violation[] {
  const tree: Root = fromHtml(html, { fragment: !/^\s*<!doctype/i.test(html) });
  const violations: Violation[] = [];
  visit(tree, 'element', (node) => {
    if (options.ignore?.(node)) return 'skip';
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) violations.push({ element: node.tagName, problem: 'forbidden element' });
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) violations.push({ element: node.tagName, problem: `event handler ${name}` });
      if (name === 'style') violations.push({ element: node.tagName, problem: 'style attribute' });
      if (URL_ATTRIBUTES.includes(name)) {
        const urls = Array.isArray(value) ? value.map(String) : [String(value)];
        // Browsers strip tabs and newlines inside URLs before reading the scheme.
        for (const url of urls) if (DANGEROUS_SCHEME.test(url.replace(/[\t\n\r]/g, ''))) violations.push({ element: node.tagName, problem: `${name}=${url.slice(0, 40)}` });
      }
      if (name === 'httpEquiv') violations.push({ element: node.tagName, problem: 'http-equiv' });
    }
    return undefined;
  });
  return violations;
}
