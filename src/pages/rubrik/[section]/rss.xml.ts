import { sectionFeedPaths, sectionFeedScope } from '../../../data/section-feeds.ts';
import { readSectionFeed, rssResponse } from '../../../data/feeds.ts';
import { withRouteProps } from '../../../data/on-demand.ts';

export const getStaticPaths = sectionFeedPaths;
export const GET = withRouteProps(getStaticPaths, (props) => rssResponse(sectionFeedScope(props)), readSectionFeed);
