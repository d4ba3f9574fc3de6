/** The Markdown renderer as the site configures it, with Indonesian labels. */
import { createTranslator } from '../../src/lib/i18n/index.ts';
import { createMarkdownRenderer, type RenderLabels } from '../../src/lib/render/pipeline.ts';

const t = createTranslator('id');

export const labels: RenderLabels = {
  captionPrefix: t('figure.captionPrefix'),
  creditPrefix: t('figure.creditPrefix'),
  footnotesLabel: t('footnotes.label'),
  footnoteBackLabel: t('footnotes.backLabel'),
};

const render = createMarkdownRenderer({ labels });

/** Renders Markdown to sanitized HTML. */
export async function renderHtml(markdown: string, resolveImage?: (src: string) => { url: string; width?: number; height?: number } | undefined): Promise<string> {
  return (await render({ markdown, resolveImage })).html;
}

export { render };
