/**
 * An imported article as a Warta content file: YAML front matter with the fields of
 * docs/content-format.md, then the body, with figures as `:::figure` directives.
 */
import yaml from 'js-yaml';
import { escapeAttribute, escapeMarkdownText } from './escape.ts';
import type { Block, Figure } from './layout-types.ts';
import type { Source } from './provenance.ts';

export interface ImportedArticle {
  title: string;
  description: string;
  /** `2023-02-01` or a date-time with an offset, as `date` takes it. */
  date: string;
  section: string;
  publisher?: string;
  image?: Figure;
  /** Writers and reporters the bylines name. */
  authors: string[];
  tags: string[];
  /** Where the text comes from, and the outlets it cites. */
  sources: Source[];
  /** Titles of other stories. */
  related: string[];
  partial: boolean;
  blocks: Block[];
}

function frontMatter(article: ImportedArticle): string {
  // Keys in the order of docs/content-format.md; empty and default values are left out.
  const data = {
    title: article.title,
    description: article.description,
    date: article.date,
    section: article.section,
    ...(article.tags.length > 0 ? { tags: article.tags } : {}),
    ...(article.authors.length > 0 ? { authors: article.authors } : {}),
    ...(article.publisher !== undefined ? { publisher: { name: article.publisher } } : {}),
    ...(article.image ? { image: { caption: article.image.caption, ...(article.image.credit !== undefined ? { credit: article.image.credit } : {}) } } : {}),
    ...(article.sources.length > 0
      ? { sources: article.sources.map(({ name, url, note }) => ({ name, ...(url !== undefined ? { url } : {}), ...(note !== undefined ? { note } : {}) })) }
      : {}),
    ...(article.related.length > 0 ? { related: article.related.map((title) => ({ title })) } : {}),
    ...(article.partial ? { partial: true } : {}),
  };
  // Every text in double quotes: no reader can take a headline for a number, a boolean or a
  // timestamp (`date` stays the text written, as parse-article.ts reads it). No folding, so a
  // long headline stays on one line.
  return yaml.dump(data, { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true });
}

function block(content: Block): string {
  if (content.kind === 'paragraph') return escapeMarkdownText(content.text);
  const { caption, credit } = content.figure;
  const attributes = credit === undefined ? '' : `{credit="${escapeAttribute(credit)}"}`;
  return `:::figure${attributes}\n${escapeMarkdownText(caption)}\n:::`;
}

export function toMarkdown(article: ImportedArticle): string {
  return `---\n${frontMatter(article)}---\n\n${article.blocks.map(block).join('\n\n')}\n`;
}
