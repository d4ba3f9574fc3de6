/**
 * The baseline's one collection: every article of `$NEWS_CONTENT_DIR/articles` (a file or a bundle's `index.md`), read by
 * Astro's own glob loader. The schema only checks what the pages use and lets the rest of
 * Warta's front matter through, so any corpus Warta builds, the baseline builds too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Without the variable it builds the repository's own articles (a relative base is read from the project root).
const articlesDir = process.env.NEWS_CONTENT_DIR ? `${process.env.NEWS_CONTENT_DIR}/articles` : '../../content/articles';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: ['*.md', '*/index.md'], base: articlesDir }),
    schema: z.looseObject({
      title: z.string(),
      description: z.string().optional(),
      // Astro's YAML parser turns `date: 2023-02-01` into a Date; Warta keeps it as text. Both are fine here.
      date: z.union([z.string(), z.date()]),
      section: z.string(),
      tags: z.array(z.string()).optional(),
    }),
  }),
};
