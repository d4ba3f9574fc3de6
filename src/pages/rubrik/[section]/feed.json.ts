import { sectionFeedPaths, sectionFeedScope } from '../../../data/section-feeds.ts';
import { jsonFeedResponse, readSectionFeed } from '../../../data/feeds.ts';
import { routes } from '../../../data/site.ts';
import { withRouteProps } from '../../../data/on-demand.ts';

export const getStaticPaths = sectionFeedPaths;
export const GET = withRouteProps(getStaticPaths, (props) => jsonFeedResponse(sectionFeedScope(props), routes.jsonFeed(props.slug)), readSectionFeed);
