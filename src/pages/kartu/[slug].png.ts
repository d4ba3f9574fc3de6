import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesWithOwnCard, type Article } from '../../data/articles.ts';
import { articleCard, cardResponse } from '../../data/social-cards.ts';

export const getStaticPaths = (async () =>
  (await getArticlesWithOwnCard()).map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) => cardResponse(articleCard(props.article));
