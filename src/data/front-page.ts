/**
 * The home page's first page as `content/front-page.yaml` arranges it (or by default), resolved
 * against the shown articles once per build, so its warnings are printed once.
 */
import { getCollection, getEntry } from 'astro:content';
import { ContentError } from '../lib/content/errors.ts';
import { resolveFrontPage, type FrontPage } from '../lib/site/front-page.ts';
import { FRONT_PAGE_ENTRY, FRONT_PAGE_FILE, type FrontPageEntryData } from '../loaders/front-page.ts';
import { stopBuild } from '../loaders/stop-build.ts';
import { getSiteIndex, type Article } from './articles.ts';
import { site } from './site.ts';

let cached: Promise<FrontPage<Article>> | undefined;

async function load(): Promise<FrontPage<Article>> {
  const entry = await getEntry('frontPage', FRONT_PAGE_ENTRY);
  const data = entry?.data as FrontPageEntryData | undefined;
  const all = (await getCollection('articles')).map((article) => article.data as Article);
  const { articles, sections } = await getSiteIndex();
  const front = resolveFrontPage({ config: data?.config, file: data?.file ?? FRONT_PAGE_FILE, shown: articles, sections, all, pageSize: site.pageSize });
  for (const warning of front.warnings) console.warn(`[warta] ${warning}`);
  return front;
}

/** A build ends on a story or section the file names wrongly, with its lines alone (stop-build.ts). */
async function loadOrStop(): Promise<FrontPage<Article>> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ContentError) stopBuild(error);
    throw error;
  }
}

/** Lead, picks, section blocks and latest stories of the home page. */
export function getFrontPage(): Promise<FrontPage<Article>> {
  return import.meta.env.DEV ? load() : (cached ??= loadOrStop());
}
