/** Site-wide helpers for components: settings, UI words and addresses, made once. */
import { createTranslator } from '../lib/i18n/index.ts';
import { createRoutes } from '../lib/routes.ts';
import { settings } from '../lib/settings.ts';

export const site = settings;
export const t = createTranslator(settings.lang);
export const routes = createRoutes(settings.base);

/** An absolute URL on this site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${settings.url}/`).href;
}
