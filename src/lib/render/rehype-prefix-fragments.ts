/**
 * rehype plugin, run after the sanitizer: the sanitizer prefixes every id from content
 * (`fn-1` → `user-content-fn-1`) against DOM clobbering, so in-page links (`#fn-1`, as
 * footnotes use) are given the same prefix and keep working without client script.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface PrefixFragmentsOptions {
  prefix: string;
}

export default function rehypePrefixFragments({ prefix }: PrefixFragmentsOptions) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1 && !href.startsWith(`#${prefix}`)) {
        node.properties.href = `#${prefix}${href.slice(1)}`;
      }
    });
  };
}
