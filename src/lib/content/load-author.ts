/**
 * From one author profile file (`authors/<slug>.md` or `authors/<slug>/index.md`) to what the
 * author's page needs: validated front matter, the bio rendered and sanitized by the articles'
 * own pipeline, and the picture from the bundle. The Astro loader and the tests share it.
 */
import type { ResolvedImage } from '../render/figure.ts';
import { BodyLimitError, type MarkdownRenderer } from '../render/pipeline.ts';
import { authorSchema, type AuthorData } from '../schemas/author.ts';
import type { ArticleFile } from './article-files.ts';
import { createImageResolver } from './bundle-images.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { decodeArticleBytes, parseFrontMatterFile, slugProblems } from './parse-article.ts';

export interface AuthorProfile extends AuthorData {
  slug: string;
  /** The file as named in messages. */
  file: string;
  /** The picture `image` names, when it is there. */
  picture?: ResolvedImage | undefined;
}

export interface LoadedAuthor {
  data: AuthorProfile;
  /** The bio, sanitized HTML. */
  html: string;
  warnings: string[];
}

export interface LoadAuthorOptions {
  displayPath: string;
  render: MarkdownRenderer;
  mediaUrl: (slug: string, file: string) => string;
}

export async function loadAuthor(bytes: Uint8Array, file: ArticleFile, options: LoadAuthorOptions): Promise<LoadedAuthor> {
  const shownAs = options.displayPath;
  const { data, body } = parseFrontMatterFile(decodeArticleBytes(bytes, shownAs), shownAs, authorSchema, slugProblems(shownAs, file.slug));
  const warnings: string[] = [];
  const resolveImage = createImageResolver({
    articlePath: file.path,
    isBundle: file.relativePath.endsWith('/index.md'),
    mediaUrl: (media) => options.mediaUrl(file.slug, media),
    onMissing: (src, reason) => warnings.push(`${shownAs}: image "${src}" is not shown: ${reason}`),
  });
  const picture = data.image ? resolveImage(data.image) : undefined;
  const rendered = await options.render({ markdown: body, path: file.path, resolveImage }).catch((error: unknown) => {
    if (error instanceof BodyLimitError) throw new ContentError([{ file: shownAs, field: 'body', message: error.message }]);
    throw error;
  });
  return {
    data: { ...data, slug: file.slug, file: shownAs, picture },
    html: rendered.html,
    warnings: [...warnings, ...rendered.warnings.map((reason) => `${shownAs}: ${reason}`)],
  };
}

/** Two profiles with one name: a byline could not tell which person it means. */
export function duplicateNameProblems(profiles: readonly Pick<AuthorProfile, 'name' | 'file'>[]): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { name, file } of profiles) {
    const earlier = first.get(name);
    if (earlier) problems.push({ file, field: 'name', message: `expected a name no other profile has, but "${name}" is also the name in ${earlier}` });
    else first.set(name, file);
  }
  return problems;
}
