import { describe, expect, it } from 'vitest';
import { syncTargets } from '../../../src/lib/store/sync-targets.ts';

const CONTENT = '/srv/warta/content';
const shownAs = (path: string) => path.replace('/srv/warta/', '');

describe('syncTargets', () => {
  it('names the stories, profiles and front page that files of theirs belong to', () => {
    const { targets, problems } = syncTargets(
      CONTENT,
      [
        'content/articles/banjir.md',
        'content/articles/pasar/index.md',
        'content/articles/pasar/foto.jpg',
        '/srv/warta/content/authors/ayu.md',
        'content/authors/budi/foto.png',
        'content/front-page.yaml',
      ],
      '/srv/warta',
      shownAs,
    );
    expect(problems).toEqual([]);
    expect(targets).toEqual({ slugs: { articles: new Set(['banjir', 'pasar']), authors: new Set(['ayu', 'budi']) }, frontPage: true });
  });

  it('refuses what is not content, naming the path and what it expected', () => {
    const { targets, problems } = syncTargets(
      CONTENT,
      ['README.md', 'content/articles/catatan.txt', 'content/articles/.tersembunyi.md', 'content/lain/x.md', '../content/articles/x.md'],
      '/srv/warta',
      shownAs,
    );
    expect(targets.slugs.articles.size + targets.slugs.authors.size).toBe(0);
    expect(problems.map((problem) => problem.file)).toEqual([
      'README.md',
      'content/articles/catatan.txt',
      'content/articles/.tersembunyi.md',
      'content/lain/x.md',
      '/srv/content/articles/x.md',
    ]);
    expect(problems[0]!.field).toBe('path');
    expect(problems[0]!.message).toContain('articles/<slug>.md');
  });
});
