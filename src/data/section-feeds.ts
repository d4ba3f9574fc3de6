/** The static paths and scope of the per-section feeds (RSS and JSON share them). */
import { getSiteIndex } from './articles.ts';
import type { FeedScope } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function sectionFeedPaths() {
  const { sections } = await getSiteIndex();
  return sections.map(({ name, slug }) => ({ params: { section: slug }, props: { name, slug } }));
}

export function sectionFeedScope({ name, slug }: { name: string; slug: string }): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('section.description', { name, site: site.name }), homePath: routes.section(slug), section: slug };
}
