/** The static paths and scope of the per-section feeds (RSS and JSON share them). */
import { getSiteIndex } from './articles.ts';
import { namedFeedPaths, type FeedScope, type NamedFeed } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function sectionFeedPaths() {
  return namedFeedPaths('section', (await getSiteIndex()).sections, sectionFeedScope);
}

export function sectionFeedScope({ name, slug }: NamedFeed): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('section.description', { name, site: site.name }), homePath: routes.section(slug), section: slug };
}
