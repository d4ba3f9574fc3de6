import { defineCollection } from 'astro:content';
import { settings } from './lib/settings.ts';
import { articlesLoader } from './loaders/articles.ts';
import { authorsLoader } from './loaders/authors.ts';
import { frontPageLoader } from './loaders/front-page.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(settings) }),
  authors: defineCollection({ loader: authorsLoader(settings) }),
  frontPage: defineCollection({ loader: frontPageLoader(settings) }),
};
