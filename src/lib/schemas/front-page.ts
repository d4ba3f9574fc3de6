/**
 * `content/front-page.yaml`: what the home page shows, in order. Every key is optional; an
 * absent one takes its default (src/lib/site/front-page.ts). Unknown keys are refused, so a
 * misspelt `pick:` does not silently do nothing.
 */
import { z } from 'zod';
import { list, SLUG_PATTERN, text } from './article.ts';

const slug = text.refine((value) => SLUG_PATTERN.test(value), { error: 'expected the slug of an article (lowercase letters, digits and hyphens)' });

export const frontPageSchema = z.strictObject(
  {
    /** The lead story's slug; the newest article the picks do not show when absent. */
    lead: slug.optional(),
    /** Slugs of "Pilihan redaksi", in this order. */
    picks: list(slug).optional(),
    /** Section names, one block each, in this order; when absent, the sections with the newest stories (DEFAULT_SECTION_BLOCKS of them at most). */
    sections: list(text).optional(),
  },
  { error: 'expected a YAML mapping with lead, picks and sections' },
);

export type FrontPageConfig = z.output<typeof frontPageSchema>;
