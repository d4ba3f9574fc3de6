/**
 * rehype plugins that set `rel` on links to other sites. Links written in Markdown get
 * `noopener noreferrer`; links that came from raw HTML in the body also get `nofollow ugc`,
 * since nobody vouched for them. Provenance is told by a marker that `markMarkdownLinks`
 * puts on Markdown links before raw HTML is parsed: a random value per pipeline, which raw
 * HTML cannot guess, and which the sanitizer then removes (it allows no such attribute).
 */
import type { Element, Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import { visit } from 'unist-util-visit';

const MARKER = 'dataWartaOrigin';

export interface LinkRelOptions {
  /** Random per pipeline; see the module comment. */
  originToken: string;
}

export function rehypeMarkMarkdownLinks({ originToken }: LinkRelOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a') node.properties[MARKER] = originToken;
    });
  };
}

export function rehypeLinkRel({ originToken }: LinkRelOptions) {
  const external = rehypeExternalLinks({
    protocols: ['http', 'https'],
    rel: (element: Element) => (element.properties[MARKER] === originToken ? ['noopener', 'noreferrer'] : ['nofollow', 'ugc', 'noopener', 'noreferrer']),
  });
  return (tree: Root): void => {
    external(tree);
  };
}
