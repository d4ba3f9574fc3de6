/**
 * Gives every page the UI words of the site's language (`Astro.locals.t`), as Starlight does;
 * an article page in another language switches them before its components render. In `astro
 * dev`, while article files break the content format, every request gets the page that lists
 * their problems instead (src/lib/content/problem-page.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { getFrontPage } from './data/front-page.ts';
import { requestCache } from './data/server-cache.ts';
import { contentProblemsPage } from './lib/content/problem-page.ts';
import { cacheControl } from './lib/hosting/server-cache.ts';
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
  } else {
    // A build checks the stories content/front-page.yaml names before it writes its first page,
    // so a typo there stops it without leaving half a site (resolved once, then cached). The dev
    // server shows that error on the home page only, not on every page.
    await getFrontPage();
  }
  if (settings.mode !== 'server') return next();
  // Server mode: Astro's route cache keeps the page for its lifetime under its tags, and the
  // same lifetime goes to browsers and proxies (docs/hosting/server.md).
  const cached = context.request.method === 'GET' ? await requestCache(context.url.pathname) : undefined;
  if (cached) context.cache.set({ maxAge: cached.lifetime.maxAge, swr: cached.lifetime.swr, tags: cached.tags });
  const response = await next();
  if (cached && response.status === 200) response.headers.set('Cache-Control', cacheControl(cached.lifetime));
  return response;
});
