import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { parseFrontPage } from '../../../src/loaders/front-page.ts';

const FILE = 'content/front-page.yaml';

function problems(source: string): string[] {
  try {
    parseFrontPage(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('parseFrontPage', () => {
  it('reads lead, picks and sections, and an empty file as all defaults', () => {
    expect(parseFrontPage('lead: a\npicks: [b, c]\nsections: [Dunia]\n', FILE)).toEqual({ lead: 'a', picks: ['b', 'c'], sections: ['Dunia'] });
    expect(parseFrontPage('# nothing yet\n', FILE)).toEqual({});
  });

  it('refuses unknown keys, values of the wrong kind and broken YAML, naming the file and the field', () => {
    expect(problems('pick: [a]\n')).toEqual([`${FILE}: front matter: unknown field pick (see docs/content-format.md)`]);
    expect(problems('picks: a\n')).toEqual([`${FILE}: picks: expected a list, got "a"`]);
    expect(problems('picks: [a, "Bukan Slug"]\n')).toEqual([`${FILE}: picks.1: expected the slug of an article (lowercase letters, digits and hyphens), got "Bukan Slug"`]);
    expect(problems('- a\n')).toEqual([`${FILE}: front matter: expected a YAML mapping with lead, picks and sections, got a list`]);
    expect(problems('lead: [a\n')[0]).toMatch(new RegExp(`^${FILE}: file: expected valid YAML, got .* at line \\d+, column \\d+$`));
  });
});
