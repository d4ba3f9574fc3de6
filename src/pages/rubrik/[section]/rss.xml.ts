import type { APIContext } from 'astro';
import { sectionFeedPaths, sectionFeedScope } from '../../../data/section-feeds.ts';
import { rssResponse } from '../../../data/feeds.ts';

export const getStaticPaths = sectionFeedPaths;
export const GET = ({ props }: APIContext<{ name: string; slug: string }>) => rssResponse(sectionFeedScope(props));
