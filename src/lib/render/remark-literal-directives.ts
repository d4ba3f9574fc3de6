/**
 * remark plugin: directives nobody asked for stay text. remark-directive reads `:name` inside
 * prose as a directive, so without this "Catatan:penting" or "jam 10:30an" would lose words.
 * Text and leaf directives are put back as the exact source text; unknown containers keep
 * their content and lose only the fence.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface RemarkLiteralDirectivesOptions {
  /** Container directive names another plugin handles, e.g. `figure`. */
  containers: readonly string[];
}

function sourceOf(node: Node, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
}

export default function remarkLiteralDirectives(options: RemarkLiteralDirectivesOptions) {
  const known = new Set(options.containers);
  return (tree: Root, file: VFile): void => {
    visit(tree, (node: RootContent | Root, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'textDirective') {
        parent.children[index] = { type: 'text', value: sourceOf(node, file) };
        return SKIP;
      }
      if (node.type === 'leafDirective') {
        parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: sourceOf(node, file) }] };
        return SKIP;
      }
      if (node.type === 'containerDirective' && !known.has(node.name)) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      return undefined;
    });
  };
}
