import { describe, expect, it } from 'vitest';
import { profilePageJsonLd } from '../../../src/lib/utils/profile-json-ld.ts';

describe('profilePageJsonLd', () => {
  it('is a ProfilePage whose main entity is the Person, with only the fields the profile has', () => {
    const url = 'https://warta.example/penulis/ayu-lestari/';
    expect(profilePageJsonLd({ name: 'Ayu Lestari', links: [], url })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url,
      mainEntity: { '@type': 'Person', name: 'Ayu Lestari', url },
    });
    expect(profilePageJsonLd({ name: 'Ayu', role: 'Wartawan', links: [{ url: 'https://ayu.example/' }], url, imageUrl: `${url}foto.png`, description: 'Bio.' }).mainEntity).toEqual(
      { '@type': 'Person', name: 'Ayu', url, jobTitle: 'Wartawan', image: `${url}foto.png`, description: 'Bio.', sameAs: ['https://ayu.example/'] },
    );
  });
});
