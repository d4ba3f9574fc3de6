/**
 * The front page names stories by their slug (`content/front-page.yaml`: `lead`, `picks`), but
 * Decap's relation widget stores an entry's slug as Decap sees it: the file's path below the
 * folder without `.md`, so a bundle (`<slug>/index.md`, every story the desk creates) is
 * `<slug>/index`, which the build refuses (checked in tests/e2e/desk.test.ts). The desk's
 * `story` widget is the relation widget with every entry's slug read as the article's slug
 * (src/admin/desk.ts), so it stores, and finds again, the slug the contract names.
 */

/** The widget name the configuration gives `lead` and `picks` (src/lib/cms/config.ts). */
export const STORY_WIDGET = 'story';

/** An article's slug from Decap's entry slug: `x/index` (a bundle) and `x` (a single file) are both `x`. */
export function articleSlugOfEntry(entrySlug: string): string {
  return entrySlug.replace(/\/index$/, '');
}
