/**
 * The one Markdown pipeline. Dev server, build, feeds and tests all render article bodies
 * here: remark (GFM, directives, figures) → rehype → raw HTML parsed → sanitized → HTML.
 * Everything after `rehype-raw` treats the tree as untrusted until `rehype-sanitize` has run.
 */
import { randomUUID } from 'node:crypto';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { assertBodyLimits, BodyLimitError, TOO_DEEP } from './body-limits.ts';
import type { Translate } from '../i18n/index.ts';
import type { ArticleFigure } from '../schemas/article.ts';
import { stripControlCharacters } from '../utils/text.ts';
import { buildFigure, type FigureLabels, type FigureParts, type ResolvedImage } from './figure.ts';
import rehypeDemoteHeadings from './rehype-demote-headings.ts';
import { rehypeLinkRel, rehypeMarkMarkdownLinks } from './rehype-link-rel.ts';
import rehypePrefixFragments from './rehype-prefix-fragments.ts';
import rehypeWordCount from './rehype-word-count.ts';
import remarkFigure from './remark-figure.ts';
import remarkLiteralDirectives from './remark-literal-directives.ts';
import remarkLiveUpdates, { LiveUpdateError, rehypeLiveUpdateText, type LiveUpdate } from './remark-live-updates.ts';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.ts';

export { BodyLimitError, LiveUpdateError, type LiveUpdate };

export interface RenderLabels extends FigureLabels {
  footnotesLabel: string;
  footnoteBackLabel: string;
  keyEventsLabel: string;
}

/** The labels in the words of a dictionary. */
export function renderLabels(t: Translate): RenderLabels {
  return {
    captionPrefix: t('figure.captionPrefix'),
    creditPrefix: t('figure.creditPrefix'),
    footnotesLabel: t('footnotes.label'),
    footnoteBackLabel: t('footnotes.backLabel'),
    keyEventsLabel: t('live.keyEvents'),
  };
}

export interface RenderOptions {
  labels: RenderLabels;
  /** Language and zone that times written into the body (live updates) are shown in. */
  locale: string;
  timeZone: string;
}

export interface RenderInput {
  markdown: string;
  /** Where the Markdown came from, for warnings. */
  path?: string;
  /** Finds the picture behind a figure's `src`; without it figures show no picture. */
  resolveImage?: ((src: string) => ResolvedImage | undefined) | undefined;
  /** Whether the body is a live page's series of `:::update` directives (src/lib/content/kinds.ts). */
  liveUpdates?: boolean | undefined;
}

export interface RenderedBody {
  html: string;
  wordCount: number;
  /** A live page's updates, newest first; empty for other articles. */
  liveUpdates: LiveUpdate[];
  /** Non-fatal remarks, e.g. an unknown figure attribute. */
  warnings: string[];
}

export type MarkdownRenderer = (input: RenderInput) => Promise<RenderedBody>;

declare module 'vfile' {
  interface DataMap {
    resolveImage: RenderInput['resolveImage'];
  }
}

export function createMarkdownRenderer({ labels, locale, timeZone }: RenderOptions): MarkdownRenderer {
  const originToken = randomUUID();
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkLiteralDirectives, { containers: ['figure', 'update'] })
    .use(remarkFigure, { labels, resolveImage: (src, file) => file.data.resolveImage?.(src) })
    .use(remarkLiveUpdates, { keyEventsLabel: labels.keyEventsLabel, locale, timeZone })
    .use(remarkRehype, {
      allowDangerousHtml: true,
      // The sanitizer prefixes ids itself; a second prefix here would break footnote links.
      clobberPrefix: '',
      footnoteLabel: labels.footnotesLabel,
      footnoteBackLabel: labels.footnoteBackLabel,
    })
    .use(rehypeMarkMarkdownLinks, { originToken })
    .use(rehypeRaw)
    .use(rehypeLinkRel, { originToken })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypePrefixFragments, { prefix: CLOBBER_PREFIX })
    .use(rehypeDemoteHeadings)
    .use(rehypeLiveUpdateText)
    .use(rehypeWordCount)
    .use(rehypeStringify)
    .freeze();

  return async ({ markdown, path, resolveImage, liveUpdates = false }) => {
    assertBodyLimits(markdown);
    const file = new VFile({ value: stripControlCharacters(markdown), path, data: { resolveImage, allowLiveUpdates: liveUpdates } });
    let html: string;
    try {
      html = String(await processor.process(file));
    } catch (error) {
      // Stack overflow in a recursive tree walker: the body nests too deeply (raw HTML can).
      if (error instanceof RangeError) throw new BodyLimitError(TOO_DEEP);
      throw error;
    }
    return {
      html,
      wordCount: file.data.wordCount ?? 0,
      liveUpdates: file.data.liveUpdates ?? [],
      warnings: file.messages.map((message) => message.reason),
    };
  };
}

/**
 * An article's lead figure (front matter `image`, and the picture found for its `src`), with
 * the same markup as inline figures; empty when the article has none.
 */
export function renderLeadFigureHtml(
  article: { image?: ArticleFigure | undefined; leadImage?: ResolvedImage | undefined },
  labels: FigureLabels,
  loading: FigureParts['loading'],
): string {
  if (!article.image) return '';
  const { alt, caption, credit } = article.image;
  const figure: Element = buildFigure({ image: article.leadImage, alt, caption, credit, loading }, labels);
  return toHtml(figure);
}
