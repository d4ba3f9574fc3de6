/**
 * What an article body may contain after rendering. Written out in full rather than spread
 * from hast-util-sanitize's GitHub-style default, so that every allowed element and attribute
 * is a decision: the Markdown format's needs (prose, tables, footnotes, figures and the classes
 * Warta's own figure markup uses) and nothing more. No script, style, frame, object, form,
 * input or event handler can pass; URLs keep only http, https and mailto, or are relative.
 */
import type { Schema } from 'hast-util-sanitize';

/** Prefix given to every id and name from content, so content cannot clobber page globals. */
export const CLOBBER_PREFIX = 'user-content-';

export const sanitizeSchema: Schema = {
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'title', 'select'],
  clobberPrefix: CLOBBER_PREFIX,
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  ancestors: {
    source: ['picture'],
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    srcSet: ['http', 'https'],
  },
  tagNames: [
    // prose
    'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var',
    'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite', 'abbr',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'details', 'summary', 'span', 'div',
    // GFM tables
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    // GFM footnotes
    'section',
    // figures
    'figure', 'figcaption', 'picture', 'source', 'img',
    // live updates (remark-live-updates.ts)
    'nav', 'time',
  ],
  attributes: {
    '*': ['id', 'dir', 'lang', 'title'],
    a: [
      'href',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
      ['rel', 'noopener', 'noreferrer', 'nofollow', 'ugc'],
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start', 'reversed'],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    h2: [['className', 'sr-only']],
    section: ['dataFootnotes', ['className', 'footnotes', 'live-update']],
    nav: ['ariaLabelledBy', ['className', 'live-key-events']],
    time: ['dateTime', ['className', 'live-update-time']],
    figure: [['className', 'figure']],
    span: [['className', 'sr-only', 'figure-caption', 'figure-credit', 'live-update-title']],
    img: ['src', 'alt', 'width', 'height', ['loading', 'lazy', 'eager'], ['decoding', 'async'], ['fetchPriority', 'high']],
    details: ['open'],
    // Only the responsive versions Warta makes: https or relative URLs, two image types.
    source: [['type', 'image/avif', 'image/webp'], 'srcSet', 'sizes'],
  },
};
