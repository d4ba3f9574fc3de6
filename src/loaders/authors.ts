/**
 * Astro content loader for author profiles in `<contentDir>/authors`: the same two file
 * layouts as articles (`<slug>.md`, bundle `<slug>/index.md`), the same front-matter parser
 * and the same Markdown pipeline and sanitizer for the bio. A newsroom has tens of profiles,
 * not thousands: every load reads them all, which also keeps the duplicate checks whole.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { duplicateSlugProblems, findArticleFiles, type ArticleFile } from '../lib/content/article-files.ts';
import { ContentError, type ContentProblem } from '../lib/content/errors.ts';
import { duplicateNameProblems, loadAuthor, type LoadedAuthor } from '../lib/content/load-author.ts';
import { createTranslator } from '../lib/i18n/index.ts';
import { createMarkdownRenderer, renderLabels } from '../lib/render/pipeline.ts';
import { createRoutes } from '../lib/routes.ts';
import type { SiteSettings } from '../lib/settings.ts';
import { displayPath, projectPath } from './project-path.ts';
import { firstLoad } from './stop-build.ts';
import { reloadOnChange } from './watch.ts';

export const AUTHORS_FOLDER = 'authors';

export function authorsLoader(settings: SiteSettings): Loader {
  return {
    name: 'warta-authors',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const authorsDir = resolve(root, settings.contentDir, AUTHORS_FOLDER);
      const render = createMarkdownRenderer({ labels: renderLabels(createTranslator(settings.lang)), locale: settings.lang, timeZone: settings.timeZone });
      const routes = createRoutes(settings.base);
      const shownAs = (file: ArticleFile) => displayPath(root, file.path);

      const sync = async () => {
        const files = existsSync(authorsDir) ? await findArticleFiles(authorsDir) : [];
        const problems: ContentProblem[] = duplicateSlugProblems(files, shownAs);
        const loaded: { file: ArticleFile; author: LoadedAuthor }[] = [];
        for (const file of files) {
          try {
            loaded.push({ file, author: await loadAuthor(await readFile(file.path), file, { displayPath: shownAs(file), render, mediaUrl: routes.authorMedia }) });
          } catch (error) {
            if (!(error instanceof ContentError)) throw error;
            problems.push(...error.problems);
          }
        }
        problems.push(...duplicateNameProblems(loaded.map(({ author }) => author.data)));
        if (problems.length > 0) throw new ContentError(problems);
        // Only changes touch the store: any write makes Astro save the whole content store,
        // 1.3 s at 20,000 articles, in every build.
        const slugs = new Set(loaded.map(({ file }) => file.slug));
        for (const id of context.store.keys()) if (!slugs.has(id)) context.store.delete(id);
        for (const { file, author } of loaded) {
          for (const warning of author.warnings) context.logger.warn(warning);
          const path = projectPath(root, file.path);
          const data = { ...author.data };
          context.store.set({ id: file.slug, data, ...(path ? { filePath: path } : {}), rendered: { html: author.html }, digest: context.generateDigest({ data, html: author.html, path: path ?? '' }) });
        }
      };
      await firstLoad(context, sync);
      reloadOnChange(context, authorsDir, sync);
    },
  };
}
