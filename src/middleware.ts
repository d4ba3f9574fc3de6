/**
 * Gives every page the UI words of the site's language (`Astro.locals.t`), as Starlight does;
 * an article page in another language switches them before its components render.
 */
import { defineMiddleware } from 'astro:middleware';
import { createTranslator } from './lib/i18n/index.ts';
import { settings } from './lib/settings.ts';

const siteTranslator = createTranslator(settings.lang);

export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = settings.lang;
  context.locals.t = siteTranslator;
  return next();
});
