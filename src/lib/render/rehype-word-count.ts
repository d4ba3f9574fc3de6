/**
 * rehype plugin: counts the words a reader reads (text outside footnote back-links and
 * screen-reader-only labels) and puts the count on `file.data.wordCount`.
 */
import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    wordCount: number;
  }
}

const isHidden = (node: Element): boolean => {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes('sr-only');
};

/** Words in a text: runs of letters or digits, so punctuation and dashes are not counted. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export default function rehypeWordCount() {
  return (tree: Root, file: VFile): void => {
    let words = 0;
    visit(tree, (node) => {
      if (node.type === 'element' && isHidden(node)) return SKIP;
      if (node.type === 'text') words += countWords((node as Text).value);
      return undefined;
    });
    file.data.wordCount = words;
  };
}
