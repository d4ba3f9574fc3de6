/**
 * Gives every page the UI words of the site's language (`Astro.locals.t`), as Starlight does;
 * an article page in another language switches them before its components render.
 */
import { defineMiddleware } from 'astro:middleware';
import { getFrontPage } from './data/front-page.ts';
import { createTranslator } from './lib/i18n/index.ts';
import { settings } from './lib/settings.ts';

const siteTranslator = createTranslator(settings.lang);

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.lang = settings.lang;
  context.locals.t = siteTranslator;
  // A build checks the stories content/front-page.yaml names before it writes its first page,
  // so a typo there stops it without leaving half a site (resolved once, then cached). The dev
  // server shows that error on the home page only, not on every page.
  if (!import.meta.env.DEV) await getFrontPage();
  return next();
});
