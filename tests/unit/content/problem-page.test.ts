import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { contentProblemsPage } from '../../../src/lib/content/problem-page.ts';
import { createTranslator } from '../../../src/lib/i18n/index.ts';

const problems = [
  { file: 'content/articles/a.md', field: 'date', message: 'expected an ISO 8601 date, got "kemarin"' },
  { file: 'content/articles/b.md', field: 'title', message: 'expected text, got "<script>alert(1)</script>"' },
];

describe('the dev server’s page for broken content', () => {
  const html = contentProblemsPage(problems, createTranslator('id'), 'id');
  const tree = fromHtml(html);

  it('lists every problem as the terminal prints it, one line each, as text', () => {
    expect(selectAll('.content-problems li', tree).map((node) => toString(node))).toEqual([
      'content/articles/a.md: date: expected an ISO 8601 date, got "kemarin"',
      'content/articles/b.md: title: expected text, got "<script>alert(1)</script>"',
    ]);
    // The headline a writer typed is shown, never run: Vite's client is the page's one script.
    expect(selectAll('script', tree).map((node) => node.properties.src)).toEqual(['/@vite/client']);
  });

  it('speaks the site’s language and names the content format’s guide', () => {
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(toString(selectAll('h1', tree)[0]!)).toBe('Berkas konten bermasalah');
    expect(toString(selectAll('.content-problems', tree)[0]!)).toContain('Aturan format konten: docs/content-format.md');
  });
});
