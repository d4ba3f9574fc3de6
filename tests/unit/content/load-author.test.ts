import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { duplicateNameProblems, loadAuthor } from '../../../src/lib/content/load-author.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { makePng } from '../../support/png.ts';
import { render } from '../../support/renderer.ts';
import { tempDir } from '../../support/temp.ts';

const routes = createRoutes('/');
const options = { displayPath: 'content/authors/x.md', render, mediaUrl: routes.authorMedia };
const file = (slug: string, relativePath = `${slug}.md`, path = `/nowhere/${relativePath}`) => ({ slug, path, relativePath });
const bytes = (text: string) => new TextEncoder().encode(text);

async function problems(text: string, slug = 'x'): Promise<string[]> {
  try {
    await loadAuthor(bytes(text), file(slug), options);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => `${problem.field}: ${problem.message}`);
    throw error;
  }
  return [];
}

describe('loadAuthor', () => {
  it('reads name, role and links, and renders the bio through the sanitizing pipeline', async () => {
    const author = await loadAuthor(
      bytes('---\nname: Ayu Lestari\nrole: Wartawan\nlinks:\n  - { label: Situs, url: "https://ayu.example/" }\n---\nBio **tebal**.\n\n<script>alert(1)</script><a href="javascript:alert(1)">x</a>\n'),
      file('ayu-lestari'),
      options,
    );
    expect(author.data).toMatchObject({ slug: 'ayu-lestari', name: 'Ayu Lestari', role: 'Wartawan', links: [{ label: 'Situs', url: 'https://ayu.example/' }] });
    expect(author.html).toContain('<strong>tebal</strong>');
    expect(author.html).not.toMatch(/<script|javascript:/);
  });

  it('finds the picture in a bundle and publishes it beside the author page', async () => {
    const dir = tempDir('author');
    mkdirSync(join(dir, 'budi'));
    writeFileSync(join(dir, 'budi', 'foto.png'), makePng(300, 200));
    const author = await loadAuthor(bytes('---\nname: Budi\nimage: ./foto.png\n---\n'), file('budi', 'budi/index.md', join(dir, 'budi', 'index.md')), options);
    expect(author.data.picture).toEqual({ url: '/penulis/budi/foto.png', width: 300, height: 200, variantWidths: [300] });
    expect(author.warnings).toEqual([]);
  });

  it('warns about a picture that is not there, as articles do', async () => {
    const author = await loadAuthor(bytes('---\nname: Budi\nimage: foto.png\n---\n'), file('budi'), options);
    expect(author.data.picture).toBeUndefined();
    expect(author.warnings).toEqual(['content/authors/x.md: image "foto.png" is not shown: only a bundle (<slug>/index.md) can hold image files']);
  });

  it('refuses a profile without a name, a link that is not http(s), unknown fields and a bad slug', async () => {
    expect(await problems('---\nrole: Wartawan\n---\n')).toEqual(['name: expected text, got nothing']);
    expect(await problems('---\nname: A\nlinks:\n  - { label: X, url: "javascript:alert(1)" }\n---\n')).toEqual([
      'links.0.url: expected an http: or https: URL, got "javascript:alert(1)"',
    ]);
    expect(await problems('---\nname: A\nemail: a@b.example\nimage: ../x.png\n---\n')).toEqual([
      'image: expected a picture file beside index.md in the profile bundle, such as ./foto.jpg, got "../x.png"',
      'front matter: unknown field email (see docs/content-format.md)',
    ]);
    expect(await problems('---\nname: A\n---\n', 'Ayu')).toEqual(['slug: expected lowercase letters, digits and single hyphens, got "Ayu"']);
  });
});

describe('duplicateNameProblems', () => {
  it('refuses a second profile with a name already used', () => {
    expect(duplicateNameProblems([{ name: 'Ayu', file: 'a.md' }, { name: 'Budi', file: 'b.md' }, { name: 'Ayu', file: 'c.md' }])).toEqual([
      { file: 'c.md', field: 'name', message: 'expected a name no other profile has, but "Ayu" is also the name in a.md' },
    ]);
  });
});
