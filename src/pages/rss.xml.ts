import { rssResponse } from '../data/feeds.ts';
import { routes, site, t } from '../data/site.ts';

export const GET = () => rssResponse({ title: site.name, description: t('site.tagline'), homePath: routes.home() });
