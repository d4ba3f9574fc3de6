/** The Markdown renderer as the site configures it, with Indonesian labels. */
import { createTranslator } from '../../src/lib/i18n/index.ts';
import { createMarkdownRenderer, renderLabels, type RenderLabels } from '../../src/lib/render/pipeline.ts';

export const labels: RenderLabels = renderLabels(createTranslator('id'));

const render = createMarkdownRenderer({ labels, locale: 'id', timeZone: 'Asia/Jakarta' });

/** Renders Markdown to sanitized HTML. */
export async function renderHtml(markdown: string, resolveImage?: (src: string) => { url: string; width?: number; height?: number } | undefined): Promise<string> {
  return (await render({ markdown, resolveImage })).html;
}

export { render };
