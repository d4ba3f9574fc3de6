/**
 * Astro content loader for `<contentDir>/front-page.yaml`: one entry, `front-page`, holding the
 * validated file (or none when there is no file). A collection rather than a read in src/data
 * because the dev server then reloads it when the file changes, like articles, and the
 * validation error stops the build before any page is written. Which stories it names exist
 * is checked later, against the articles (src/lib/site/front-page.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content/errors.ts';
import { decodeArticleBytes, schemaProblems } from '../lib/content/parse-article.ts';
import { frontPageSchema, type FrontPageConfig } from '../lib/schemas/front-page.ts';
import type { SiteSettings } from '../lib/settings.ts';
import { displayPath } from './project-path.ts';
import { replaceEntries } from './replace-entries.ts';
import { firstLoad } from './stop-build.ts';
import { reloadOnChange } from './watch.ts';

export const FRONT_PAGE_FILE = 'front-page.yaml';
export const FRONT_PAGE_ENTRY = 'front-page';

/** What the store holds: the file's settings and its name for messages. */
export interface FrontPageEntryData {
  file: string;
  config: FrontPageConfig;
}

/** Parses the file's text; throws a ContentError naming the file and the field. */
export function parseFrontPage(source: string, file: string): FrontPageConfig {
  let raw: unknown;
  try {
    raw = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `${error.reason} at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : String(error);
    throw new ContentError([{ file, field: 'file', message: `expected valid YAML, got ${reason}` }]);
  }
  const result = frontPageSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!result.success) throw new ContentError(schemaProblems(file, result.error.issues));
  return result.data;
}

export function frontPageLoader(settings: SiteSettings): Loader {
  return {
    name: 'warta-front-page',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, settings.contentDir, FRONT_PAGE_FILE);
      const file = displayPath(root, path);
      const sync = async () => {
        if (!existsSync(path)) {
          replaceEntries(context, []);
          return;
        }
        const data: FrontPageEntryData = { file, config: parseFrontPage(decodeArticleBytes(await readFile(path), file), file) };
        replaceEntries(context, [{ id: FRONT_PAGE_ENTRY, data: { ...data } }]);
      };
      await firstLoad(context, sync);
      reloadOnChange(context, path, sync);
    },
  };
}
