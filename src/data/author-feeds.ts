/** The static paths and scope of each author's feeds (RSS and JSON share them), like the sections'. */
import { getAuthorIndex } from './authors.ts';
import type { FeedScope } from './feeds.ts';
import { routes, site, t } from './site.ts';

export async function authorFeedPaths() {
  const { authors } = await getAuthorIndex();
  return authors.map(({ profile }) => ({ params: { slug: profile.slug }, props: { name: profile.name, slug: profile.slug } }));
}

export function authorFeedScope({ name, slug }: { name: string; slug: string }): FeedScope {
  return { title: `${site.name}: ${name}`, description: t('author.description', { name, site: site.name }), homePath: routes.author(slug), author: slug };
}
