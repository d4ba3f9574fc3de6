/**
 * Warta's part of the editors' desk, loaded after the CMS's own build (`decap-cms.js`, which
 * sets `window.CMS` and `window.h`): `:::figure` and `:::update` blocks as forms
 * (src/lib/cms/blocks.ts), and a preview that shows every field as escaped text.
 * Bundled into `/admin/desk.js` by src/integrations/editors-desk.ts.
 */
import { FIGURE_PATTERN, figureFromBlock, figureToBlock, UPDATE_PATTERN, updateFromBlock, updateToBlock } from '../lib/cms/blocks.ts';
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

CMS.registerPreviewTemplate('stories', ({ entry }) =>
  h(
    'article',
    null,
    h('h1', null, text(entry.getIn(['data', 'title']))),
    h('p', null, text(entry.getIn(['data', 'description']))),
    // The body as its Markdown source: the site's sanitizing renderer runs at build time only.
    h('pre', { style: { whiteSpace: 'pre-wrap' } }, text(entry.getIn(['data', 'body']))),
  ),
);
