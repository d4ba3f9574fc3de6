import type { GetStaticPaths } from 'astro';
import { withRouteProps } from '../../data/on-demand.ts';
import { articleCard, articleCardPaths, cardResponse, readArticleCard } from '../../data/social-cards.ts';

export const getStaticPaths = articleCardPaths satisfies GetStaticPaths;

export const GET = withRouteProps(getStaticPaths, (props) => cardResponse(articleCard(props.article)), readArticleCard);
