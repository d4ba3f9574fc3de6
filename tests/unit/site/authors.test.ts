import { describe, expect, it } from 'vitest';
import { buildAuthorIndex, bylineReference, bylines } from '../../../src/lib/site/authors.ts';

const ayu = { slug: 'ayu-lestari', name: 'Ayu Lestari' };
const budi = { slug: 'budi-santoso', name: 'Budi Santoso' };
const articles = [
  { slug: 'a', authors: ['Ayu Lestari', 'Antara'] },
  { slug: 'b', authors: ['ayu lestari'] },
  { slug: 'c', authors: ['Ayu Lestari', 'Ayu Lestari'] },
];

describe('buildAuthorIndex', () => {
  const index = buildAuthorIndex([budi, ayu], articles);

  it('lists every profile by name, with the stories bylined with exactly its name, once each', () => {
    expect(index.authors.map(({ profile, articles: stories }) => [profile.slug, stories.map((story) => story.slug)])).toEqual([
      ['ayu-lestari', ['a', 'c']],
      ['budi-santoso', []],
    ]);
  });

  it('finds the profile behind a byline, and none for an agency or a guest', () => {
    expect(index.profileOf('Ayu Lestari')).toBe(ayu);
    expect(index.profileOf('Antara')).toBeUndefined();
    expect(bylines(['Antara', 'Ayu Lestari'], index.profileOf)).toEqual([
      { name: 'Antara', profile: undefined },
      { name: 'Ayu Lestari', profile: ayu },
    ]);
  });
});

describe('bylineReference', () => {
  const url = (slug: string) => `https://warta.example/penulis/${slug}/`;

  it('links a profile, calls the original publisher an organization and anyone else a person', () => {
    const article = { publisher: { name: 'Antara' } };
    expect(bylineReference('Ayu Lestari', article, ayu, url)).toEqual({ name: 'Ayu Lestari', url: 'https://warta.example/penulis/ayu-lestari/' });
    expect(bylineReference('Antara', article, undefined, url)).toEqual({ name: 'Antara', organization: true });
    expect(bylineReference('Antara', {}, undefined, url)).toEqual({ name: 'Antara' });
  });
});
