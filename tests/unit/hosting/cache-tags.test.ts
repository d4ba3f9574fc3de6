import { describe, expect, it } from 'vitest';
import { publishTags, storyTags } from '../../../src/lib/hosting/cache-tags.ts';

const story = { slug: 'banjir', section: 'Metro', tags: ['Banjir Jakarta', 'Cuaca'], authors: ['Ayu Lestari'] };

describe('cache tags', () => {
  it('name the story and every listing it is on', () => {
    expect(storyTags(story)).toEqual(['story:banjir', 'section:metro', 'topic:banjir-jakarta', 'topic:cuaca', 'author:ayu-lestari', 'front', 'listings']);
  });

  it('a publish touches the old and the new listings', () => {
    const moved = { ...story, section: 'Nasional', tags: ['Cuaca'] };
    expect(publishTags(story, moved)).toEqual([
      'author:ayu-lestari',
      'front',
      'listings',
      'section:metro',
      'section:nasional',
      'story:banjir',
      'topic:banjir-jakarta',
      'topic:cuaca',
    ]);
    expect(publishTags(undefined, story)).toEqual(publishTags(story, undefined));
    expect(publishTags(undefined, undefined)).toEqual([]);
  });
});
