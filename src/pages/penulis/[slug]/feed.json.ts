import { authorFeedPaths, authorFeedScope } from '../../../data/author-feeds.ts';
import { jsonFeedResponse, readAuthorFeed } from '../../../data/feeds.ts';
import { routes } from '../../../data/site.ts';
import { withRouteProps } from '../../../data/on-demand.ts';

export const getStaticPaths = authorFeedPaths;
export const GET = withRouteProps(getStaticPaths, (props) => jsonFeedResponse(authorFeedScope(props), routes.authorJsonFeed(props.slug)), readAuthorFeed);
