import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../../src/lib/routes.ts';
import { articlesWithOwnCard, articleShareImage, siteShareImage, type ShareableArticle } from '../../../src/lib/social/share-image.ts';

const routes = createRoutes('/warta/');
const story = (slug: string, leadImage?: ShareableArticle['leadImage'], alt?: string): ShareableArticle => ({
  slug,
  title: `Judul ${slug}`,
  ...(alt ? { image: { alt } } : {}),
  ...(leadImage ? { leadImage } : {}),
});
const photo = { url: '/warta/media/a/utama.jpg', width: 1600, height: 900 };

describe('articlesWithOwnCard', () => {
  const newestFirst = [story('a'), story('b', photo), story('c'), story('d'), story('e')];

  it('takes the newest articles up to the limit, leaving out those with a lead picture', () => {
    expect(articlesWithOwnCard(newestFirst, 3).map((article) => article.slug)).toEqual(['a', 'c']);
  });

  it('takes none at 0 and every one without a picture at Infinity', () => {
    expect(articlesWithOwnCard(newestFirst, 0)).toEqual([]);
    expect(articlesWithOwnCard(newestFirst, Infinity).map((article) => article.slug)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('counts a remote picture of unknown size as no picture', () => {
    expect(articlesWithOwnCard([story('x', { url: 'https://foto.example/a.jpg' })], 1)).toHaveLength(1);
  });
});

describe('articleShareImage', () => {
  it('prefers the lead picture, with its alt text or else the headline', () => {
    expect(articleShareImage(story('b', photo, 'Foto uji'), true, routes, 'Warta')).toEqual({ ...photo, alt: 'Foto uji' });
    expect(articleShareImage(story('b', photo), false, routes, 'Warta').alt).toBe('Judul b');
  });

  it('uses the article’s own card when it has one, else the site card', () => {
    expect(articleShareImage(story('a'), true, routes, 'Warta')).toEqual({ url: '/warta/kartu/a.png', width: 1200, height: 630, alt: 'Judul a' });
    expect(articleShareImage(story('a'), false, routes, 'Warta')).toEqual(siteShareImage(routes, 'Warta'));
    expect(siteShareImage(routes, 'Warta')).toEqual({ url: '/warta/kartu.png', width: 1200, height: 630, alt: 'Warta' });
  });
});
