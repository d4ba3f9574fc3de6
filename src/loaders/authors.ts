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
import { replaceEntries } from './replace-entries.ts';
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
        for (const { author } of loaded) for (const warning of author.warnings) context.logger.warn(warning);
        replaceEntries(
          context,
          loaded.map(({ file, author }) => {
            const path = projectPath(root, file.path);
            return { id: file.slug, data: { ...author.data }, ...(path ? { filePath: path } : {}), rendered: { html: author.html } };
          }),
        );
      };
      await firstLoad(context, sync);
      reloadOnChange(context, authorsDir, sync);
    },
  };
}
