/**
 * Gives every page the UI words of the site's language (`Astro.locals.t`), as Starlight does;
 * an article page in another language switches them before its components render. In `astro
 * dev`, while article files break the content format, every request gets the page that lists
 * their problems instead (src/lib/content/problem-page.ts).
 */
import type { MiddlewareHandler } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { getFrontPage } from './data/front-page.ts';
import { requestCache } from './data/server-cache.ts';
import { contentSource } from './data/source.ts';
import { contentProblemsPage } from './lib/content/problem-page.ts';
import { cacheControl } from './lib/hosting/server-cache.ts';
import { logLine, StoreUnavailableError, unavailableResponse } from './lib/hosting/unavailable-page.ts';
import { createTranslator } from './lib/i18n/index.ts';
import { settings } from './lib/settings.ts';

const siteTranslator = createTranslator(settings.lang);

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = settings.lang;
  context.locals.t = siteTranslator;
  if (import.meta.env.DEV) {
    // Imported here, not above: Astro keeps this module for the dev server's life, and its own
    // imports would keep the content store as it was at the first request.
    const { getContentProblems } = await import('./data/articles.ts');
    const problems = await getContentProblems();
    if (problems.length > 0) {
      return new Response(contentProblemsPage(problems, siteTranslator, settings.lang), { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    }
  } else if (settings.mode !== 'server') {
    // A build checks the stories content/front-page.yaml names before it writes its first page,
    // so a typo there stops it without leaving half a site (resolved once, then cached). The dev
    // server shows that error on the home page only, not on every page.
    await getFrontPage();
  }
  if (settings.mode !== 'server') return next();
  try {
    return await serve(context, next);
  } catch (error) {
    const unavailable = storeUnavailable(error);
    if (!unavailable) throw error;
    // A store that cannot be read is the server's fault, not the page's: a 503 kept out of the
    // route cache, one log line, and a proxy in front serves its stale copy meanwhile.
    context.cache.set(false);
    console.error(logLine(unavailable));
    return unavailableResponse(siteTranslator, settings.lang, settings.name);
  }
});

/** The store's failure behind an error, if that is what it is (a page's render may wrap it). */
function storeUnavailable(error: unknown): StoreUnavailableError | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) if (cause instanceof StoreUnavailableError) return cause;
  return undefined;
}

/**
 * Server mode: Astro's route cache keeps the page for its lifetime under its tags, and the same
 * lifetime goes to browsers and proxies (docs/hosting/server.md).
 */
async function serve(context: Parameters<MiddlewareHandler>[0], next: Parameters<MiddlewareHandler>[1]): Promise<Response> {
  // Asked first: a store that cannot be read fails here, before the page renders.
  await (await contentSource()).version();
  const cached = context.request.method === 'GET' ? await requestCache(context.url.pathname) : undefined;
  if (cached) context.cache.set({ maxAge: cached.lifetime.maxAge, swr: cached.lifetime.swr, tags: cached.tags });
  const response = await next();
  // A route's 404 has no body yet (Astro renders src/pages/404.astro for it after the route
  // cache has seen it): kept, the next request for the address got an empty 404.
  if (response.status === 404) context.cache.set(false);
  if (cached && response.status === 200) response.headers.set('Cache-Control', cacheControl(cached.lifetime));
  return response;
}
