declare namespace App {
  interface Locals {
    /** The page's language: the site's, or an article's own. */
    lang: string;
    /** UI words in the page's language. */
    t: import('./lib/i18n/index.ts').Translate;
  }
}
