/**
 * The editors' desk configuration (`/admin/config.yml`, Decap CMS: docs/decisions/017): the
 * content contract (src/lib/schemas, src/lib/content/kinds.ts) as Decap collections, with every
 * label from the site's dictionary. Pure: the route `src/pages/admin/config.yml.ts` serializes it.
 * `tests/unit/cms/config.test.ts` fails when a schema field has no CMS field, or the reverse.
 */
import { createTranslator, type MessageKey } from '../i18n/index.ts';
import { DEFAULT_KIND, KIND_NAMES } from '../content/kinds.ts';
import { STORY_WIDGET } from './story-widget.ts';

/** One Decap field: the keys this configuration uses. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  format?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  collapsed?: boolean;
  choose_url?: boolean;
  media_library?: { config: { multiple: boolean } };
}

export interface CmsFile {
  name: string;
  label: string;
  file: string;
  format: string;
  fields: CmsField[];
}

/** A folder collection (`folder`, `fields`) or a files collection (`files`). */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  path?: string;
  extension?: string;
  format?: string;
  media_folder?: string;
  public_folder?: string;
  create?: boolean;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  slug?: string;
  fields?: CmsField[];
  files?: CmsFile[];
}

export interface CmsBackend {
  name: 'github' | 'gitlab' | 'proxy';
  repo?: string;
  branch?: string;
  proxy_url?: string;
}

export interface CmsConfigOptions {
  /** The content folder as a path from the repository root (`content`), as the backend sees it. */
  contentPath: string;
  backend: CmsBackend;
  /** The language of the labels: the site's. */
  lang: string;
}

/** Decap's datetime widget writes ISO 8601 with the offset, which the schema reads (`2024-03-01T08:00:00+07:00`). */
const DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';
/** decap-server's address (`npx decap-server`, port 8081). */
export const LOCAL_PROXY_URL = 'http://localhost:8081/api/v1';

/** Where the CMS backend reads: a repository (`WARTA_CMS_BACKEND=github WARTA_CMS_REPO=owner/name`) or, unset, decap-server only. */
export function cmsBackend(env: Readonly<Record<string, string | undefined>>): CmsBackend {
  const name = env.WARTA_CMS_BACKEND;
  if (name === undefined || name === '') return { name: 'proxy', proxy_url: LOCAL_PROXY_URL };
  if (name !== 'github' && name !== 'gitlab') throw new Error(`WARTA_CMS_BACKEND: expected github or gitlab, got "${name}"`);
  const repo = env.WARTA_CMS_REPO;
  if (!repo || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) throw new Error(`WARTA_CMS_REPO: expected owner/name of the ${name} repository, got "${repo ?? ''}"`);
  return { name, repo, branch: env.WARTA_CMS_BRANCH || 'main' };
}

export function cmsConfig({ contentPath, backend, lang }: CmsConfigOptions) {
  const t = createTranslator(lang);
  const root = contentPath.replace(/^\.\//, '').replace(/\/+$/, '');
  const field = (name: string, key: MessageKey, widget: string, extra: Partial<CmsField> = {}): CmsField => ({ name, label: t(key), widget, ...extra });
  const optional = { required: false } as const;
  const url = (name = 'url') => field(name, 'cms.field.url', 'string', optional);
  const dateTime = (name: string, key: MessageKey, extra: Partial<CmsField> = {}) => field(name, key, 'datetime', { format: DATE_TIME_FORMAT, ...extra });

  // Decap checks the required fields of an optional object even when the story has no such
  // object, and then refuses to save: inside `image`, `publisher` and `coverage` every field is
  // optional here, and the schema names a missing `publisher.name` or `coverage.start` at build.
  const storyFields: CmsField[] = [
    field('title', 'cms.field.title', 'string'),
    field('description', 'cms.field.description', 'text'),
    dateTime('date', 'cms.field.date'),
    dateTime('updated', 'cms.field.updated', optional),
    // Optional as in the schema (absent means berita): a story written without `kind`, like the
    // seed, would otherwise fail the desk's validation and could not be saved.
    field('kind', 'cms.field.kind', 'select', {
      ...optional,
      default: DEFAULT_KIND,
      options: KIND_NAMES.map((kind) => ({ label: t(`kind.${kind}`), value: kind })),
    }),
    field('section', 'cms.field.section', 'string'),
    field('authors', 'cms.field.authors', 'relation', {
      ...optional,
      collection: 'authors',
      value_field: 'name',
      search_fields: ['name'],
      display_fields: ['name'],
      multiple: true,
    }),
    field('tags', 'cms.field.tags', 'list', optional),
    field('lang', 'cms.field.lang', 'string', optional),
    field('image', 'cms.field.image', 'object', {
      ...optional,
      collapsed: true,
      fields: [
        field('src', 'cms.field.image.src', 'image', { ...optional, choose_url: true, media_library: { config: { multiple: false } } }),
        field('alt', 'cms.field.image.alt', 'string', optional),
        field('caption', 'cms.field.image.caption', 'string', optional),
        field('credit', 'cms.field.image.credit', 'string', optional),
      ],
    }),
    field('publisher', 'cms.field.publisher', 'object', {
      ...optional,
      collapsed: true,
      fields: [field('name', 'cms.field.publisher.name', 'string', optional), url()],
    }),
    field('sources', 'cms.field.sources', 'list', {
      ...optional,
      fields: [field('name', 'cms.field.sources.name', 'string'), url(), field('note', 'cms.field.sources.note', 'string', optional)],
    }),
    field('related', 'cms.field.related', 'list', {
      ...optional,
      fields: [field('title', 'cms.field.related.title', 'string'), field('url', 'cms.field.related.url', 'string', optional)],
    }),
    field('corrections', 'cms.field.corrections', 'list', {
      ...optional,
      fields: [dateTime('date', 'cms.field.corrections.date'), field('text', 'cms.field.corrections.text', 'text')],
    }),
    field('coverage', 'cms.field.coverage', 'object', {
      ...optional,
      collapsed: true,
      fields: [dateTime('start', 'cms.field.coverage.start', optional), dateTime('end', 'cms.field.coverage.end', optional)],
    }),
    field('partial', 'cms.field.partial', 'boolean', { ...optional, default: false }),
    field('draft', 'cms.field.draft', 'boolean', { ...optional, default: false }),
    field('body', 'cms.field.body', 'markdown'),
  ];

  const authorFields: CmsField[] = [
    field('name', 'cms.field.name', 'string'),
    field('role', 'cms.field.role', 'string', optional),
    field('image', 'cms.field.authorImage', 'image', { ...optional, media_library: { config: { multiple: false } } }),
    field('links', 'cms.field.links', 'list', {
      ...optional,
      fields: [field('label', 'cms.field.links.label', 'string'), field('url', 'cms.field.url', 'string')],
    }),
    field('body', 'cms.field.bio', 'markdown'),
  ];

  // `story` is the relation widget storing the article's slug (`x`), not Decap's `x/index` for
  // a bundle (src/lib/cms/story-widget.ts).
  const storyRelation = { collection: 'stories', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
  const frontPageFields: CmsField[] = [
    field('lead', 'cms.field.lead', STORY_WIDGET, { ...optional, ...storyRelation }),
    field('picks', 'cms.field.picks', STORY_WIDGET, { ...optional, ...storyRelation, multiple: true }),
    field('sections', 'cms.field.sections', 'relation', {
      ...optional,
      collection: 'stories',
      value_field: 'section',
      search_fields: ['section'],
      display_fields: ['section'],
      multiple: true,
    }),
  ];

  // A new story or profile is a bundle (`<slug>/index.md`) so its pictures sit beside it; flat
  // files (`<slug>.md`, the seed) are listed too and saved where they are.
  const bundle = { path: '{{slug}}/index', extension: 'md', format: 'frontmatter', media_folder: '', public_folder: '', create: true } as const;
  const collections: CmsCollection[] = [
    {
      name: 'stories',
      label: t('cms.collection.stories'),
      label_singular: t('cms.collection.story'),
      folder: `${root}/articles`,
      ...bundle,
      identifier_field: 'title',
      summary: '{{title}} ({{section}})',
      sortable_fields: ['date', 'title', 'section'],
      fields: storyFields,
    },
    {
      name: 'authors',
      label: t('cms.collection.authors'),
      label_singular: t('cms.collection.author'),
      folder: `${root}/authors`,
      ...bundle,
      identifier_field: 'name',
      slug: '{{name}}',
      fields: authorFields,
    },
    {
      name: 'settings',
      label: t('cms.collection.settings'),
      files: [{ name: 'front-page', label: t('cms.collection.frontPage'), file: `${root}/front-page.yaml`, format: 'yaml', fields: frontPageFields }],
    },
  ];
  return {
    backend,
    local_backend: { url: LOCAL_PROXY_URL },
    locale: 'en',
    media_folder: `${root}/media`,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
