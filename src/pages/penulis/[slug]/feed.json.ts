import type { APIContext } from 'astro';
import { authorFeedPaths, authorFeedScope } from '../../../data/author-feeds.ts';
import { jsonFeedResponse } from '../../../data/feeds.ts';
import { routes } from '../../../data/site.ts';

export const getStaticPaths = authorFeedPaths;
export const GET = ({ props }: APIContext<{ name: string; slug: string }>) => jsonFeedResponse(authorFeedScope(props), routes.authorJsonFeed(props.slug));
