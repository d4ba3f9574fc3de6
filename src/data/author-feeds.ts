/** The static paths and scope of each author's feeds (RSS and JSON share them), like the sections'. */
import { getAuthorIndex } from './authors.ts';
import { feedKey } from './cache-keys.ts';
import { feedEntries, type FeedScope } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function authorFeedPaths() {
  const { authors } = await getAuthorIndex();
  return Promise.all(
    authors.map(async ({ profile: { name, slug } }) => {
      const scope = authorFeedScope({ name, slug });
      return { params: { slug }, props: { name, slug }, cacheKey: feedKey({ ...scope }, await feedEntries(scope)) };
    }),
  );
}

export function authorFeedScope({ name, slug }: { name: string; slug: string }): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('author.description', { name, site: site.name }), homePath: routes.author(slug), author: slug };
}
