/**
 * A render-pool worker (src/loaders/render-pool.ts): loads one article file the way the main
 * thread does, with renderers it builds from the plain settings it was started with.
 * Node runs this file as it is (it strips the types itself), as it runs scripts/build.ts.
 */
import Tinypool from 'tinypool';
import { articleOutcome, createArticleLoader, type ArticleOutcome, type ArticleRenderSettings } from '../lib/content/load-article.ts';
import type { RenderTask } from './render-pool.ts';

const loadArticleFile = createArticleLoader(Tinypool.workerData as ArticleRenderSettings);

export default function renderArticle({ bytes, file, displayPath }: RenderTask): Promise<ArticleOutcome> {
  return articleOutcome(() => loadArticleFile(bytes, file, displayPath));
}
