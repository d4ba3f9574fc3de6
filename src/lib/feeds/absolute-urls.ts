/**
 * Feed readers show an item's HTML away from the site, where `/media/x.png` or `#fn-1` lead
 * nowhere: every link and picture address is made absolute against the article's own URL.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

export function absoluteUrls(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  const absolute = (url: string) => new URL(url, pageUrl).href;
  visit(tree, 'element', (node) => {
    for (const name of ['href', 'src']) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value);
    }
    const srcSet = node.properties.srcSet;
    if (srcSet !== undefined && srcSet !== null) {
      const candidates = Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(',');
      node.properties.srcSet = candidates.map((candidate) => candidate.trim().replace(/^\S+/, absolute)).join(', ');
    }
  });
  return toHtml(tree);
}
