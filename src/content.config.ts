import { defineCollection } from 'astro:content';
import { settings } from './lib/settings.ts';
import { articlesLoader } from './loaders/articles.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(settings) }),
};
