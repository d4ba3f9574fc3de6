/**
 * Server mode's answer when the content store cannot be opened or read (a missing, corrupt or
 * unreadable file, a database that is down): a 503 with `Retry-After`, in the site's language,
 * never cached by the route cache, so that a proxy in front keeps serving its stale copies
 * (`proxy_cache_use_stale ... http_503`, docs/hosting/nginx-server.conf). The page is plain: the
 * site's layout needs the store (its sections, its front page), which is what failed.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Translate } from '../i18n/index.ts';

/** Seconds a client or proxy is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

export function unavailablePage(t: Translate, lang: string, siteName: string): string {
  const page = h('html', { lang }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('title', `${t('unavailable.title')} | ${siteName}`),
    ]),
    h('body', [h('main', [h('h1', t('unavailable.title')), h('p', t('unavailable.body'))])]),
  ]);
  return `<!doctype html>${toHtml(page)}`;
}

export function unavailableResponse(t: Translate, lang: string, siteName: string): Response {
  return new Response(unavailablePage(t, lang, siteName), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
    },
  });
}

/** The store could not be opened or read: what src/middleware.ts answers with 503. */
export class StoreUnavailableError extends Error {
  constructor(storePath: string, cause: unknown) {
    super(`The content store ${storePath} cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** The error as one log line: a cause's message can span lines. */
export const logLine = (error: Error): string => `[warta] 503: ${error.message.replace(/\s+/g, ' ').trim()}`;
