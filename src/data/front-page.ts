/**
 * The home page's first page as `content/front-page.yaml` arranges it (or by default), resolved
 * against the shown articles once per build, so its warnings are printed once.
 */
import { ContentError } from '../lib/content/errors.ts';
import { resolveFrontPage, type FrontPage } from '../lib/site/front-page.ts';
import { settings } from '../lib/settings.ts';
import { FRONT_PAGE_FILE } from '../loaders/front-page.ts';
import { stopBuild } from '../loaders/stop-build.ts';
import { getSiteIndex, type Article } from './articles.ts';
import { site } from './site.ts';
import { perVersion, type ContentSource } from './source.ts';

async function load(source: ContentSource): Promise<FrontPage<Article>> {
  const data = await source.frontPage();
  const all = (await source.articles()).map((article) => article.data as Article);
  const { articles, sections } = await getSiteIndex();
  const front = resolveFrontPage({ config: data?.config, file: data?.file ?? FRONT_PAGE_FILE, shown: articles, sections, all, pageSize: site.pageSize });
  for (const warning of front.warnings) console.warn(`[warta] ${warning}`);
  return front;
}

/** A build ends on a story or section the file names wrongly, with its lines alone (stop-build.ts). */
async function loadOrStop(source: ContentSource): Promise<FrontPage<Article>> {
  try {
    return await load(source);
  } catch (error) {
    if (error instanceof ContentError) stopBuild(error);
    throw error;
  }
}

/**
 * Lead, picks, section blocks and latest stories of the home page. `astro dev` and a server keep
 * running: a front page the content cannot make is that request's error alone.
 */
export const getFrontPage: () => Promise<FrontPage<Article>> = perVersion(import.meta.env.DEV || settings.mode === 'server' ? load : loadOrStop);
