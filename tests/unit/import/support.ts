/**
 * Shared by the importer's tests: fixture paths, and a reader that parses an imported body
 * with the same Markdown extensions as the site and refuses anything but plain text, so that
 * tests can compare what a reader would see with what was scraped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const TIME_ZONE = 'Asia/Jakarta';
export { SEED_ARTICLE_PATH, SEED_SLUG, SEED_TEXT_PATH as SEED_PATH } from '../../support/seed.ts';
import { SEED_TEXT_PATH } from '../../support/seed.ts';

export const fixturePath = (name: string): string => path.join(ROOT, 'tests/fixtures/import', name);
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');
/** The scrapes of other outlets in tests/fixtures/import/outlets/ (SOURCES.md says where each is from). */
export const OUTLET_SAMPLES = readdirSync(fixturePath('outlets'))
  .filter((name) => name.endsWith('.txt'))
  .sort();
export const readSeed = (): string => readFileSync(SEED_TEXT_PATH, 'utf8');

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * The text of phrasing content, which must be plain text: markup of any kind throws. Web and
 * e-mail addresses are the exception: GitHub's autolinking makes them links, whose text must
 * then be the address as written.
 */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'link') return plainText(node.children);
      throw new Error(`expected plain text, got a ${node.type} node`);
    })
    .join('');
}

export type BodyBlock = { paragraph: string } | { caption: string; credit: string | undefined };

/** Reads a body as the site's Markdown would, allowing only paragraphs of text and `:::figure`s. */
export function readBody(body: string): BodyBlock[] {
  const tree = markdown.parse(body) as Root;
  return tree.children.map((node) => {
    if (node.type === 'paragraph') return { paragraph: plainText(node.children) };
    if (node.type === 'containerDirective' && node.name === 'figure') {
      const [caption, ...rest] = node.children;
      if (caption?.type !== 'paragraph' || rest.length > 0) throw new Error('expected a figure with one caption paragraph');
      return { caption: plainText((caption as Paragraph).children), credit: node.attributes?.credit ?? undefined };
    }
    throw new Error(`expected a paragraph or a figure, got a ${node.type} node`);
  });
}
