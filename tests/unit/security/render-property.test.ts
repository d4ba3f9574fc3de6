/**
 * Property test: whatever mix of Markdown, raw HTML and known attacks the renderer is given,
 * its output holds no script-bearing element, event handler or dangerous URL.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { attackCorpus } from '../../fixtures/attacks/corpus.ts';
import { findViolations } from '../../support/html-invariants.ts';
import { render } from '../../support/renderer.ts';

const markdownPieces = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '**',
  '_',
  '`',
  '```\n',
  '~~',
  '[',
  '](',
  ')',
  '![',
  '<',
  '>',
  '\n',
  '\n\n',
  '    ',
  ':::figure{credit="x"}\n',
  '\n:::\n',
  ':',
  '{',
  '}',
  '"',
  "'",
  '=',
  '[^1]',
  '[^1]: ',
  '|',
  '|---|',
  '&',
  '&#x6A;',
  '\\',
);
const htmlPieces = fc.constantFrom(
  '<a href="',
  '<img src="',
  '<svg',
  '<math',
  '<script>',
  '</script>',
  '<style>',
  '<iframe',
  '<form',
  '<details open ontoggle=',
  ' onerror=',
  ' onload=',
  ' onclick=',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  '"',
  "'",
  '>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<noscript>',
  '<template>',
  '<textarea>',
  '<title>',
  '</title>',
  'alert(1)',
  '<base href=',
  '<meta ',
);
const attackPieces = fc.constantFrom(...attackCorpus.map((attack) => attack.payload));
const words = fc.string({ maxLength: 12 });

const bodies = fc.array(fc.oneof(markdownPieces, htmlPieces, attackPieces, words), { maxLength: 40 }).map((parts) => parts.join(''));

describe('render', () => {
  it('never outputs active content, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (markdown) => {
        const { html } = await render({ markdown });
        const violations = findViolations(html);
        if (violations.length > 0) throw new Error(`${JSON.stringify(violations)} from ${JSON.stringify(markdown)}`);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
