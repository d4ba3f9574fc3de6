import type { APIContext } from 'astro';
import { sectionFeedPaths, sectionFeedScope } from '../../../data/section-feeds.ts';
import { jsonFeedResponse } from '../../../data/feeds.ts';
import { routes } from '../../../data/site.ts';

export const getStaticPaths = sectionFeedPaths;
export const GET = ({ props }: APIContext<{ name: string; slug: string }>) => jsonFeedResponse(sectionFeedScope(props), routes.jsonFeed(props.slug));
