import type { APIContext } from 'astro';
import { authorFeedPaths, authorFeedScope } from '../../../data/author-feeds.ts';
import { rssResponse } from '../../../data/feeds.ts';

export const getStaticPaths = authorFeedPaths;
export const GET = ({ props }: APIContext<{ name: string; slug: string }>) => rssResponse(authorFeedScope(props));
