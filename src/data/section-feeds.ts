/** The static paths and scope of the per-section feeds (RSS and JSON share them). */
import { getSiteIndex } from './articles.ts';
import { feedKey } from './cache-keys.ts';
import { feedEntries, type FeedScope } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function sectionFeedPaths() {
  const { sections } = await getSiteIndex();
  return Promise.all(
    sections.map(async ({ name, slug }) => {
      const scope = sectionFeedScope({ name, slug });
      return { params: { section: slug }, props: { name, slug }, cacheKey: feedKey({ ...scope }, await feedEntries(scope)) };
    }),
  );
}

export function sectionFeedScope({ name, slug }: { name: string; slug: string }): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('section.description', { name, site: site.name }), homePath: routes.section(slug), section: slug };
}
