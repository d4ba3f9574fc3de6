/**
 * The desk's preview of a story (src/admin/desk.ts): the article page's own markup classes,
 * styled by the site's stylesheet (`/admin/preview.css`, src/styles/global.css built beside the
 * desk), with every field and every block of the body as text. The body is not rendered to HTML
 * in the editor's browser: the build's sanitizing pipeline renders it; here Markdown shows as
 * written, and `:::figure` / `:::update` blocks as the figure and update they become.
 */
import { FIGURE_PATTERN, figureFromBlock, UPDATE_PATTERN, updateFromBlock, type FigureBlock, type UpdateBlock } from './blocks.ts';

/** The stylesheet the integration writes into `/admin/` and the preview loads. */
export const PREVIEW_STYLESHEET = 'preview.css';

export type PreviewBlock = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | ({ kind: 'figure' } & FigureBlock) | ({ kind: 'update' } & UpdateBlock);

/** The body's blocks, in order: a directive block whole (it may hold blank lines), else a run of text up to a blank line. */
export function previewBlocks(body: string): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  let rest = body.replace(/\r\n?/g, '\n');
  while ((rest = rest.replace(/^\n+/, '')) !== '') {
    const figure = rest.match(FIGURE_PATTERN);
    const update = figure ? null : rest.match(UPDATE_PATTERN);
    const match = figure ?? update;
    if (match) {
      blocks.push(figure ? { kind: 'figure', ...figureFromBlock(figure) } : { kind: 'update', ...updateFromBlock(match) });
      rest = rest.slice(match[0].length);
      continue;
    }
    const end = rest.search(/\n[ \t]*\n/);
    const text = (end === -1 ? rest : rest.slice(0, end)).trimEnd();
    rest = end === -1 ? '' : rest.slice(end);
    const heading = text.match(/^#{2,6}[ \t]+(.*)$/);
    blocks.push(heading && !text.includes('\n') ? { kind: 'heading', text: heading[1]!.replace(/[ \t]+#+[ \t]*$/, '') } : { kind: 'paragraph', text });
  }
  return blocks;
}
