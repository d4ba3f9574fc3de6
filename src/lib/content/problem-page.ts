/**
 * The page `astro dev` answers every request with while content files break the content format
 * (src/middleware.ts): the problem lines as the terminal prints them, in a plain page of its own
 * rather than Astro's error overlay. The overlay reaches a tab over the dev server's socket a
 * moment after the page loads, so a tab opened later, or one whose socket was not yet open,
 * showed a blank page. Vite's client script makes the page reload when the content store changes.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Translate } from '../i18n/index.ts';
import { CONTENT_FORMAT_GUIDE, formatProblem, type ContentProblem } from './errors.ts';

export function contentProblemsPage(problems: readonly ContentProblem[], t: Translate, lang: string): string {
  const page = h('html', { lang }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', t('dev.problemsTitle')),
      h('script', { type: 'module', src: '/@vite/client' }),
    ]),
    h('body', { style: 'font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5' }, [
      h('main', { class: 'content-problems' }, [
        h('h1', t('dev.problemsTitle')),
        h('p', t('dev.problemsIntro')),
        h(
          'ul',
          problems.map((problem) => h('li', h('code', { style: 'white-space: pre-wrap; overflow-wrap: anywhere' }, formatProblem(problem)))),
        ),
        h('p', t('dev.problemsFormat', { guide: CONTENT_FORMAT_GUIDE })),
      ]),
    ]),
  ]);
  return `<!doctype html>${toHtml(page)}`;
}
