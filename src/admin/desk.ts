/**
 * Warta's part of the editors' desk, loaded after the CMS's own build (`decap-cms.js`, which
 * sets `window.CMS` and `window.h`): `:::figure` and `:::update` blocks as forms
 * (src/lib/cms/blocks.ts), the front page's story widget, and a preview in the site's styles
 * that shows every field as escaped text.
 * Bundled into `/admin/desk.js` by src/integrations/editors-desk.ts.
 */
import { FIGURE_PATTERN, figureFromBlock, figureToBlock, UPDATE_PATTERN, updateFromBlock, updateToBlock } from '../lib/cms/blocks.ts';
import { PREVIEW_STYLESHEET, previewBlocks, type PreviewBlock } from '../lib/cms/preview.ts';
import { articleSlugOfEntry, STORY_WIDGET } from '../lib/cms/story-widget.ts';
import { createTranslator } from '../lib/i18n/index.ts';

type Element = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Entry {
  getIn(path: string[]): unknown;
}
interface Widget {
  control: unknown;
  preview: unknown;
  schema?: unknown;
}
/** What a relation control gets from Decap to find entries: `query(…)` resolves to their hits, `queryHits` are the last ones. */
interface Hit {
  slug: string;
}
interface RelationProps {
  query: (...args: unknown[]) => Promise<{ payload: { hits: Hit[] } }>;
  queryHits?: Hit[];
}
interface DecapCms {
  getWidget(name: string): Widget;
  registerWidget(name: string, control: unknown, preview: unknown, schema?: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, template: (props: { entry: Entry }) => Element): void;
}
const { CMS, h } = window as unknown as { CMS: DecapCms; h: CreateElement };
const t = createTranslator(document.documentElement.lang || 'id');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// The front page's `lead` and `picks`: Decap's relation control, shown every story with the
// article's slug in place of Decap's (`x`, not `x/index` for a bundle), so `{{slug}}` stores and
// finds what content/front-page.yaml names (src/lib/cms/story-widget.ts).
const relation = CMS.getWidget('relation');
const withArticleSlugs = (hits: readonly Hit[] = []): Hit[] => hits.map((hit) => ({ ...hit, slug: articleSlugOfEntry(hit.slug) }));
const storyControl = (props: RelationProps) =>
  h(relation.control as string, {
    ...props,
    query: (...args: unknown[]) => props.query(...args).then((result) => ({ ...result, payload: { ...result.payload, hits: withArticleSlugs(result.payload.hits) } })),
    queryHits: withArticleSlugs(props.queryHits),
  });
CMS.registerWidget(STORY_WIDGET, storyControl, relation.preview, relation.schema);

CMS.registerEditorComponent({
  id: 'figure',
  label: t('cms.block.figure'),
  fields: [
    { name: 'src', label: t('cms.field.image.src'), widget: 'image', required: false, choose_url: true },
    { name: 'alt', label: t('cms.field.image.alt'), widget: 'string', required: false },
    { name: 'credit', label: t('cms.field.image.credit'), widget: 'string', required: false },
    { name: 'caption', label: t('cms.field.image.caption'), widget: 'text' },
  ],
  pattern: FIGURE_PATTERN,
  fromBlock: figureFromBlock,
  toBlock: figureToBlock,
  // React escapes text: a caption is shown as written, never as HTML.
  toPreview: (data: Record<string, unknown>) =>
    h('figure', null, h('figcaption', null, `${t('figure.captionPrefix')} ${text(data.caption)}`), h('small', null, `${t('figure.creditPrefix')} ${text(data.credit)}`)),
});

CMS.registerEditorComponent({
  id: 'update',
  label: t('cms.block.update'),
  fields: [
    { name: 'time', label: t('cms.field.update.time'), widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' },
    { name: 'title', label: t('cms.field.update.title'), widget: 'string', required: false },
    { name: 'body', label: t('cms.field.update.body'), widget: 'text' },
  ],
  pattern: UPDATE_PATTERN,
  fromBlock: updateFromBlock,
  toBlock: updateToBlock,
  toPreview: (data: Record<string, unknown>) => h('section', null, h('h2', null, `${text(data.time)} ${text(data.title)}`), h('p', null, text(data.body))),
});

// The preview in the site's own styles (src/lib/cms/preview.ts): the article page's classes,
// the site's stylesheet, and every field and block as text; React escapes it, no HTML is made.
CMS.registerPreviewStyle(new URL(PREVIEW_STYLESHEET, document.baseURI).href);

const figcaption = (caption: string, credit: string) =>
  h('figcaption', null, caption && h('span', { className: 'figure-caption' }, caption), credit && h('span', { className: 'figure-credit' }, credit));

function previewBlock(block: PreviewBlock, key: number): Element {
  switch (block.kind) {
    case 'heading':
      return h('h2', { key }, block.text);
    case 'figure':
      return h('figure', { key, className: 'figure' }, figcaption(block.caption, block.credit));
    case 'update':
      return h(
        'section',
        { key, className: 'live-update' },
        h('h2', null, h('span', { className: 'live-update-time' }, block.time), h('span', { className: 'live-update-title' }, block.title)),
        h('p', { style: { whiteSpace: 'pre-wrap' } }, block.body),
      );
    default:
      return h('p', { key, style: { whiteSpace: 'pre-wrap' } }, block.text);
  }
}

CMS.registerPreviewTemplate('stories', ({ entry }) => {
  const field = (name: string) => text(entry.getIn(['data', name]));
  return h(
    'main',
    null,
    h(
      'article',
      { className: 'article' },
      h(
        'header',
        { className: 'article-header' },
        h('p', { className: 'kicker' }, field('section')),
        h('h1', { className: 'headline' }, field('title')),
        h('p', { className: 'standfirst' }, field('description')),
      ),
      h('div', { className: 'article-body' }, previewBlocks(field('body')).map(previewBlock)),
    ),
  );
});
