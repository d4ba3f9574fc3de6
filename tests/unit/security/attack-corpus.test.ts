/**
 * The attack corpus (tests/fixtures/attacks/corpus.ts: OWASP, DOMPurify, markdown-it,
 * hast-util-sanitize and Warta's own cases) against the two layers that see content first:
 * the renderer for bodies and the schema for front matter.
 */
import { describe, expect, it } from 'vitest';
import { createArticleSchema, isSitePath, isWebUrl } from '../../../src/lib/schemas/article.ts';
import { stripControlCharacters } from '../../../src/lib/utils/text.ts';
import { attackCorpus } from '../../fixtures/attacks/corpus.ts';
import { findViolations } from '../../support/html-invariants.ts';
import { renderHtml } from '../../support/renderer.ts';

const schema = createArticleSchema({ timeZone: 'Asia/Jakarta' });
const minimal = { title: 'Judul', description: 'Ringkasan.', date: '2023-02-01', section: 'Dunia' };

/** Every place in the front matter that holds text, as a function that puts a value there. */
const TEXT_FIELDS: Readonly<Record<string, (value: string) => Record<string, unknown>>> = {
  title: (value) => ({ title: value }),
  description: (value) => ({ description: value }),
  section: (value) => ({ section: value }),
  'tags.0': (value) => ({ tags: [value] }),
  'authors.0': (value) => ({ authors: [value] }),
  'publisher.name': (value) => ({ publisher: { name: value } }),
  'image.alt': (value) => ({ image: { alt: value } }),
  'image.caption': (value) => ({ image: { caption: value } }),
  'image.credit': (value) => ({ image: { credit: value } }),
  'sources.0.name': (value) => ({ sources: [{ name: value }] }),
  'sources.0.note': (value) => ({ sources: [{ name: 'TASS', note: value }] }),
  'related.0.title': (value) => ({ related: [{ title: value }] }),
};

const URL_FIELDS: Readonly<Record<string, [(value: string) => Record<string, unknown>, (value: string) => boolean]>> = {
  'publisher.url': [(value) => ({ publisher: { name: 'VIVA', url: value } }), isWebUrl],
  'sources.0.url': [(value) => ({ sources: [{ name: 'TASS', url: value }] }), isWebUrl],
  'related.0.url': [(value) => ({ related: [{ title: 'x', url: value }] }), (value) => isWebUrl(value) || isSitePath(value)],
};

const valueAt = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

describe('the attack corpus', () => {
  it('has at least 60 cases from public sources, with unique ids', () => {
    expect(attackCorpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(attackCorpus.map((attack) => attack.id)).size).toBe(attackCorpus.length);
    expect(attackCorpus.filter((attack) => attack.source !== 'Warta').length).toBeGreaterThanOrEqual(60);
  });
});

describe.each(attackCorpus)('$id ($source: $intent)', ({ payload }) => {
  it('renders in a body to HTML with no script, handler, dangerous URL or embedding element', async () => {
    expect(findViolations(await renderHtml(payload))).toEqual([]);
  });

  it('stays inert inside a figure caption and credit', async () => {
    const credit = payload.replace(/["\n]/g, ' ');
    expect(findViolations(await renderHtml(`:::figure{credit="${credit}"}\n${payload}\n:::`))).toEqual([]);
  });

  it('is kept as plain text in every front matter text field, or refused', () => {
    for (const [field, place] of Object.entries(TEXT_FIELDS)) {
      const result = schema.safeParse({ ...minimal, ...place(payload) });
      // Kept verbatim, but for surrounding space and control characters (never valid in HTML).
      if (result.success) expect(valueAt(result.data, field), field).toBe(stripControlCharacters(payload).trim());
      else
        expect(
          result.error.issues.map((issue) => issue.path.join('.')),
          field,
        ).toEqual([field]);
    }
  });

  it('is refused in every URL field unless it is a web address', () => {
    for (const [field, [place, allowed]] of Object.entries(URL_FIELDS)) {
      const result = schema.safeParse({ ...minimal, ...place(payload) });
      expect(result.success, field).toBe(allowed(payload.trim()));
    }
  });
});
