/**
 * remark plugin: `:::figure{src alt credit}` container directives become figures.
 * The directive's content is the caption; a picture is shown only when `resolveImage`
 * finds the file, so no image is ever invented.
 */
import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toHast } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { buildFigure, type FigureLabels, type ResolvedImage } from './figure.ts';

export interface RemarkFigureOptions {
  labels: FigureLabels;
  /** Finds the picture behind a `src`; `undefined` when there is none to show. */
  resolveImage?: ((src: string, file: VFile) => ResolvedImage | undefined) | undefined;
}

const FIGURE_ATTRIBUTES = new Set(['src', 'alt', 'credit']);

/** Caption content as phrasing: a single paragraph is unwrapped so the caption reads as one line. */
function captionContent(node: ContainerDirective): ElementContent[] {
  const tree = toHast({ type: 'root', children: node.children });
  const children = (tree.type === 'root' ? tree.children : [tree]).filter((child) => !(child.type === 'text' && child.value.trim() === '')) as ElementContent[];
  const only = children[0];
  return children.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only.children : children;
}

export default function remarkFigure(options: RemarkFigureOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'figure') return;
      const attributes = node.attributes ?? {};
      for (const name of Object.keys(attributes)) {
        if (!FIGURE_ATTRIBUTES.has(name)) {
          file.message(`Unknown figure attribute "${name}": expected src, alt or credit`, node);
        }
      }
      const src = attributes.src?.trim() || undefined;
      const figure = buildFigure(
        {
          image: src ? options.resolveImage?.(src, file) : undefined,
          alt: attributes.alt ?? undefined,
          caption: captionContent(node),
          credit: attributes.credit?.trim() || undefined,
          loading: 'lazy',
        },
        options.labels,
      );
      node.data = { hName: 'figure', hProperties: figure.properties, hChildren: figure.children };
    });
  };
}
