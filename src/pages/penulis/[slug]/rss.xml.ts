import { authorFeedPaths, authorFeedScope } from '../../../data/author-feeds.ts';
import { readAuthorFeed, rssResponse } from '../../../data/feeds.ts';
import { withRouteProps } from '../../../data/on-demand.ts';

export const getStaticPaths = authorFeedPaths;
export const GET = withRouteProps(getStaticPaths, (props) => rssResponse(authorFeedScope(props)), readAuthorFeed);
