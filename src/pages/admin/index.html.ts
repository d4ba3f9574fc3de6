/** The editors' desk page: its own policy, no site layout, never indexed (src/lib/cms/admin-page.ts). */
import { adminPageHtml, adminPolicy } from '../../lib/cms/admin-page.ts';
import { cmsBackend } from '../../lib/cms/config.ts';
import { createTranslator } from '../../lib/i18n/index.ts';
import { settings } from '../../lib/settings.ts';

export const GET = () =>
  new Response(adminPageHtml({ lang: settings.lang, title: createTranslator(settings.lang)('cms.page.title'), policy: adminPolicy(cmsBackend(process.env)) }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
