import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsBackend, cmsConfig, LOCAL_PROXY_URL, type CmsField } from '../../../src/lib/cms/config.ts';
import { articleSlugOfEntry } from '../../../src/lib/cms/story-widget.ts';
import { KIND_NAMES } from '../../../src/lib/content/kinds.ts';
import { id } from '../../../src/lib/i18n/id.ts';
import { createArticleSchema } from '../../../src/lib/schemas/article.ts';
import { authorSchema } from '../../../src/lib/schemas/author.ts';
import { frontPageSchema } from '../../../src/lib/schemas/front-page.ts';

const config = cmsConfig({ contentPath: './content/', backend: cmsBackend({}), lang: 'id' });
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path of a zod object, nested objects and lists of objects included: `image.caption`, `corrections.date`. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let def = defOf(schema);
  while (def.innerType || def.in) def = defOf((def.innerType ?? def.in)!);
  if (def.type === 'array') return schemaPaths(def.element!, prefix);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([name, child]) => [prefix + name, ...schemaPaths(child, `${prefix}${name}.`)]);
}

function cmsPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.filter((field) => field.name !== 'body').flatMap((field) => [prefix + field.name, ...cmsPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

describe('the CMS configuration follows the content contract', () => {
  const cases = [
    ['stories', createArticleSchema({ timeZone: 'Asia/Jakarta' })],
    ['authors', authorSchema],
  ] as const;
  it.each(cases)('%s: every schema field has a CMS field, and no CMS field is outside the schema', (name, schema) => {
    const expected = schemaPaths(schema);
    expect(expected.length).toBeGreaterThan(3);
    expect(cmsPaths(collection(name).fields!).sort()).toEqual(expected.sort());
  });

  it('the front page file has every key of its schema', () => {
    const file = collection('settings').files![0]!;
    expect(file.file).toBe('content/front-page.yaml');
    expect(cmsPaths(file.fields).sort()).toEqual(schemaPaths(frontPageSchema).sort());
  });

  it('the drift check sees a missing field', () => {
    const fields = collection('stories').fields!.filter((field) => field.name !== 'corrections');
    expect(cmsPaths(fields)).not.toContain('corrections.text');
    expect(schemaPaths(createArticleSchema({ timeZone: 'UTC' }))).toContain('corrections.text');
  });

  it('offers every kind of the kinds table, berita by default, with its dictionary label', () => {
    const kind = collection('stories').fields!.find((field) => field.name === 'kind')!;
    expect(kind.options!.map((option) => option.value)).toEqual(KIND_NAMES);
    expect(kind.default).toBe('berita');
    // A story without `kind` (the seed) must stay savable: the schema reads it as berita.
    expect(kind.required).toBe(false);
    expect(kind.options![1]).toEqual({ label: id['kind.opini'], value: 'opini' });
  });

  it('labels every field in Indonesian from the dictionary', () => {
    const labels = (fields: readonly CmsField[]): string[] => fields.flatMap((field) => [field.label, ...labels(field.fields ?? [])]);
    const all = config.collections.flatMap((entry) => labels(entry.fields ?? entry.files?.flatMap((file) => file.fields) ?? []));
    const words = new Set<string>(Object.values(id));
    expect(all.filter((label) => !words.has(label))).toEqual([]);
    expect(all).toContain('Ralat');
  });

  it('stories are bundles in content/articles; bylines and front page entries are chosen from existing profiles and stories', () => {
    const stories = collection('stories');
    expect(stories).toMatchObject({ folder: 'content/articles', path: '{{slug}}/index', media_folder: '', public_folder: '' });
    expect(collection('authors')).toMatchObject({ folder: 'content/authors', path: '{{slug}}/index' });
    expect(stories.fields!.find((field) => field.name === 'authors')).toMatchObject({ widget: 'relation', collection: 'authors', value_field: 'name', multiple: true });
    const front = collection('settings').files![0]!.fields;
    expect(front.map((field) => [field.name, field.widget, field.collection, field.value_field])).toEqual([
      ['lead', 'story', 'stories', '{{slug}}'],
      ['picks', 'story', 'stories', '{{slug}}'],
      ['sections', 'relation', 'stories', 'section'],
    ]);
  });

  it('an optional object has no required field inside, which Decap would demand of every story without it', () => {
    const objects = collection('stories').fields!.filter((field) => field.widget === 'object');
    expect(objects.map((field) => field.name)).toEqual(['image', 'publisher', 'coverage']);
    for (const object of objects) {
      expect(object.required, object.name).toBe(false);
      for (const inner of object.fields!) expect(inner.required, `${object.name}.${inner.name}`).toBe(false);
    }
  });

  it('dates are written as ISO 8601 with an offset, which the schema reads', () => {
    const date = collection('stories').fields!.find((field) => field.name === 'date')!;
    expect(date.format).toBe('YYYY-MM-DDTHH:mm:ssZ');
  });

  it('serializes to YAML and back unchanged', () => {
    expect(yaml.load(yaml.dump(config, { noRefs: true }))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});

describe('the story widget', () => {
  it("stores a bundle's article slug, not Decap's entry slug", () => {
    expect(articleSlugOfEntry('harga-beras-naik/index')).toBe('harga-beras-naik');
    expect(articleSlugOfEntry('harga-beras-naik')).toBe('harga-beras-naik');
    expect(articleSlugOfEntry('index-harga')).toBe('index-harga');
  });
});

describe('cmsBackend', () => {
  it('is decap-server alone when no repository is set', () => {
    expect(cmsBackend({})).toEqual({ name: 'proxy', proxy_url: LOCAL_PROXY_URL });
  });
  it('names a GitHub or GitLab repository and its branch', () => {
    expect(cmsBackend({ WARTA_CMS_BACKEND: 'gitlab', WARTA_CMS_REPO: 'redaksi/warta', WARTA_CMS_BRANCH: 'terbit' })).toEqual({
      name: 'gitlab',
      repo: 'redaksi/warta',
      branch: 'terbit',
    });
    expect(cmsBackend({ WARTA_CMS_BACKEND: 'github', WARTA_CMS_REPO: 'redaksi/warta' })).toMatchObject({ branch: 'main' });
  });
  it('refuses an unknown backend or a missing repository in one line', () => {
    expect(() => cmsBackend({ WARTA_CMS_BACKEND: 'bitbucket' })).toThrow('WARTA_CMS_BACKEND: expected github or gitlab, got "bitbucket"');
    expect(() => cmsBackend({ WARTA_CMS_BACKEND: 'github' })).toThrow('WARTA_CMS_REPO: expected owner/name of the github repository, got ""');
  });
});
