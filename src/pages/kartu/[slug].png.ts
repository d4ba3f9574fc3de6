import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../data/articles.ts';
import { articleCard, articleCardPaths, cardResponse } from '../../data/social-cards.ts';

export const getStaticPaths = articleCardPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => cardResponse(articleCard(props.article));
