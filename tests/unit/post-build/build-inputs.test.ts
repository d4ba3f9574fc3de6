import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputsDigest } from '../../../src/post-build/build-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'warta-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('src/pages/index.astro', 'page');
write('package-lock.json', '{}');
write('content/articles/a.md', 'a');
write('notes/todo.txt', 'not read by a build');
/** A minute after the files were written: their stats have settled (src/lib/content/file-stats.ts). */
const options = { root, contentDir: 'content', env: { WARTA_SITE_NAME: 'Warta', HOME: '/root' }, args: [] as string[], nowMs: Date.now() + 60_000 };

describe('buildInputsDigest', () => {
  const before = buildInputsDigest(options);

  it('is the same for the same files, settings and options', () => {
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(buildInputsDigest({ ...options, env: { ...options.env, HOME: '/home/x' } })).toBe(before);
  });

  it('changes with a setting or an option', () => {
    expect(buildInputsDigest({ ...options, env: { WARTA_SITE_NAME: 'Lain' } })).not.toBe(before);
    expect(buildInputsDigest({ ...options, args: ['--outDir', 'public_html'] })).not.toBe(before);
  });

  it('changes with an article, a code file or the lockfile, not with other files', () => {
    write('notes/todo.txt', 'still not read');
    expect(buildInputsDigest(options)).toBe(before);
    for (const file of ['content/articles/a.md', 'src/pages/index.astro', 'package-lock.json']) {
      write(file, 'changed!');
      expect(buildInputsDigest(options), file).not.toBe(before);
    }
    write('content/articles/b.md', 'b');
    const withB = buildInputsDigest(options);
    rmSync(join(root, 'content/articles/b.md'));
    expect(buildInputsDigest(options)).not.toBe(withB);
  });

  it('cannot tell a file written a moment ago', () => {
    writeFileSync(join(root, 'content/articles/a.md'), 'just now');
    expect(buildInputsDigest({ ...options, nowMs: Date.now() })).toBeUndefined();
  });
});
