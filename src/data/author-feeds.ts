/** The static paths and scope of each author's feeds (RSS and JSON share them), like the sections'. */
import { getAuthorIndex } from './authors.ts';
import { namedFeedPaths, type FeedScope, type NamedFeed } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function authorFeedPaths() {
  const { authors } = await getAuthorIndex();
  return namedFeedPaths(
    'slug',
    authors.map(({ profile }) => profile),
    authorFeedScope,
  );
}

export function authorFeedScope({ name, slug }: NamedFeed): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('author.description', { name, site: site.name }), homePath: routes.author(slug), author: slug };
}
