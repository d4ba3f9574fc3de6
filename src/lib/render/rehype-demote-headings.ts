/**
 * rehype plugin: the headline is a page's only `<h1>`, so a body that uses `#` headings has all
 * of its headings moved one level down (h1 → h2 … h5 → h6, h6 stays).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

export default function rehypeDemoteHeadings() {
  return (tree: Root): void => {
    let hasH1 = false;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') hasH1 = true;
    });
    if (!hasH1) return;
    visit(tree, 'element', (node) => {
      const level = HEADING.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
    });
  };
}
