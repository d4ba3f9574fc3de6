import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, fingerprint, importClosure, lockedClosure, pageSettingsFingerprint, scopeContents } from '../../../src/lib/build/fingerprints.ts';
import { loadSettings } from '../../../src/lib/settings.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { tempDir } from '../../support/temp.ts';

/** A copy of the project's code and lockfile, to edit as a developer or an upgrade would. */
function projectCopy(): string {
  const root = tempDir('fingerprints');
  cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  return root;
}

/** Gives the lockfile entry `key` another version, as `npm update` would. */
function bumpLocked(root: string, key: string, version: string): void {
  const file = join(root, 'package-lock.json');
  const lockfile = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, { version: string; integrity?: string }> };
  expect(lockfile.packages[key], key).toBeDefined();
  lockfile.packages[key] = { ...lockfile.packages[key]!, version, integrity: `sha512-${version}` };
  writeFileSync(file, JSON.stringify(lockfile, null, 2));
}

const renderSettings = { lang: 'id', timeZone: 'Asia/Jakarta', base: '/' };

describe('the articles fingerprint', () => {
  it('covers the parse path and the pipeline, and not the importer or the social cards', async () => {
    const { files, packages } = await scopeContents(PROJECT_ROOT, 'articles');
    expect(files).toEqual(
      expect.arrayContaining([
        'src/lib/content/load-article.ts',
        'src/lib/content/parse-article.ts',
        'src/lib/schemas/article.ts',
        'src/lib/render/pipeline.ts',
        'src/lib/render/sanitize-schema.ts',
        'src/lib/i18n/id.ts',
      ]),
    );
    expect(files.filter((file) => file.startsWith('src/lib/import/') || file.startsWith('src/lib/social/') || !file.startsWith('src/lib/'))).toEqual([]);
    // The pipeline's packages and what they depend on; no type package, no package of other code.
    expect(packages).toEqual(
      expect.arrayContaining([
        'node_modules/rehype-sanitize',
        'node_modules/hast-util-sanitize',
        'node_modules/remark-parse',
        'node_modules/micromark',
        'node_modules/gray-matter',
        'node_modules/zod',
      ]),
    );
    expect(packages.filter((key) => /@types\/|\/(pagefind|satori|sharp|astro)$/.test(key))).toEqual([]);
  });

  it('changes with the version of a pipeline package or of one it depends on, and with no other', async () => {
    const root = projectCopy();
    const before = await fingerprint(root, 'articles', renderSettings);
    bumpLocked(root, 'node_modules/satori', '99.0.0');
    expect(await fingerprint(root, 'articles', renderSettings)).toBe(before);
    bumpLocked(root, 'node_modules/rehype-sanitize', '6.0.1');
    const afterSanitizer = await fingerprint(root, 'articles', renderSettings);
    expect(afterSanitizer).not.toBe(before);
    bumpLocked(root, 'node_modules/hast-util-sanitize', '5.0.9');
    expect(await fingerprint(root, 'articles', renderSettings)).not.toBe(afterSanitizer);
  });

  it('stays when an importer file changes, and changes with the sanitizer’s schema', async () => {
    const root = projectCopy();
    const before = await fingerprint(root, 'articles', renderSettings);
    appendFileSync(join(root, 'src/lib/import/layout.ts'), '\n// an importer edit\n');
    appendFileSync(join(root, 'src/lib/social/card.ts'), '\n// a card edit\n');
    expect(await fingerprint(root, 'articles', renderSettings)).toBe(before);
    appendFileSync(join(root, 'src/lib/render/sanitize-schema.ts'), '\n// a schema edit\n');
    expect(await fingerprint(root, 'articles', renderSettings)).not.toBe(before);
  });

  it('changes with the render settings, whatever order they are written in', async () => {
    const same = await fingerprint(PROJECT_ROOT, 'articles', { base: '/', timeZone: 'Asia/Jakarta', lang: 'id' });
    expect(await fingerprint(PROJECT_ROOT, 'articles', renderSettings)).toBe(same);
    expect(await fingerprint(PROJECT_ROOT, 'articles', { ...renderSettings, timeZone: 'Asia/Makassar' })).not.toBe(same);
  });
});

describe('the other fingerprints', () => {
  it('draws the social cards again when satori or the fonts change, and not for the pipeline', async () => {
    const root = projectCopy();
    const before = await codeFingerprint(root, 'socialCards');
    bumpLocked(root, 'node_modules/rehype-sanitize', '6.0.1');
    expect(await codeFingerprint(root, 'socialCards')).toBe(before);
    bumpLocked(root, 'node_modules/@fontsource/noto-sans', '5.9.0');
    const afterFonts = await codeFingerprint(root, 'socialCards');
    expect(afterFonts).not.toBe(before);
    bumpLocked(root, 'node_modules/satori', '99.0.0');
    expect(await codeFingerprint(root, 'socialCards')).not.toBe(afterFonts);
  });

  it('indexes again with another Pagefind, and reads pages again only when the describing code changes', async () => {
    const root = projectCopy();
    const [index, pages] = await Promise.all([codeFingerprint(root, 'searchIndex'), codeFingerprint(root, 'searchPages')]);
    bumpLocked(root, 'node_modules/pagefind', '9.0.0');
    expect(await codeFingerprint(root, 'searchIndex')).not.toBe(index);
    expect(await codeFingerprint(root, 'searchPages')).toBe(pages);
    appendFileSync(join(root, 'src/post-build/search-partitions.ts'), '\n// an edit\n');
    expect(await codeFingerprint(root, 'searchPages')).not.toBe(pages);
  });

  it('encodes pictures again for another libvips or other settings, and not for another Node or a publishing edit', async () => {
    const root = projectCopy();
    const before = await codeFingerprint(root, 'mediaVariants');
    expect((await scopeContents(root, 'mediaVariants')).files).toEqual(['src/lib/media/encode.ts']);
    appendFileSync(join(root, 'src/integrations/bundle-media.ts'), '\n// an edit\n');
    bumpLocked(root, 'node_modules/rehype-sanitize', '6.0.1');
    const version = Object.getOwnPropertyDescriptor(process, 'version')!;
    Object.defineProperty(process, 'version', { value: 'v99.0.0' });
    try {
      expect(await codeFingerprint(root, 'mediaVariants')).toBe(before);
    } finally {
      Object.defineProperty(process, 'version', version);
    }
    bumpLocked(root, 'node_modules/@img/sharp-libvips-linux-x64', '9.9.9');
    const afterLibvips = await codeFingerprint(root, 'mediaVariants');
    expect(afterLibvips).not.toBe(before);
    writeFileSync(join(root, 'src/lib/media/encode.ts'), readFileSync(join(root, 'src/lib/media/encode.ts'), 'utf8').replace('effort: 3', 'effort: 6'));
    expect(await codeFingerprint(root, 'mediaVariants')).not.toBe(afterLibvips);
  });

  it('keys pages by every setting but the folders', () => {
    const settings = loadSettings({});
    const key = pageSettingsFingerprint(settings);
    expect(pageSettingsFingerprint({ ...settings, contentDir: '/elsewhere', cacheDir: '/tmp/cache' })).toBe(key);
    expect(pageSettingsFingerprint({ ...settings, name: 'Warta Uji' })).not.toBe(key);
    expect(pageSettingsFingerprint({ ...settings, socialCards: Infinity })).not.toBe(key);
  });

  it('says which file a missing lockfile leaves every cache without', async () => {
    const root = projectCopy();
    rmSync(join(root, 'package-lock.json'));
    await expect(codeFingerprint(root, 'articles')).rejects.toThrow(
      `${join(root, 'package-lock.json')}: cannot be read (ENOENT); the build's caches are keyed by it, run npm install`,
    );
  });
});

describe('importClosure', () => {
  it('follows run-time imports, re-exports and literal dynamic imports, and nothing erased or quoted', async () => {
    const root = tempDir('closure');
    mkdirSync(join(root, 'lib'));
    const write = (file: string, text: string) => writeFileSync(join(root, file), text);
    write(
      'entry.ts',
      [
        "import type { Shape } from './lib/types.ts';",
        "import { a, type B } from './lib/a.ts';",
        "export * from './lib/b.ts';",
        "export type { C } from './lib/c.ts';",
        "import pad from 'left-pad/sub/path.js';",
        "import { z } from '@scope/pkg/x';",
        "import { readFile } from 'node:fs/promises';",
        "import path from 'path';",
        "// import './lib/commented.ts';",
        'const text = "import \'./lib/quoted.ts\'";',
        "export const later = () => import('./lib/d.ts');",
        'console.log(import.meta.url, a, pad, z, readFile, path, text);',
      ].join('\n'),
    );
    for (const name of ['types', 'a', 'b', 'c', 'd']) write(`lib/${name}.ts`, `export const ${name} = 1;\n`);
    // A `.js` name for a `.ts` file, as TypeScript allows.
    write('lib/a.ts', "import './shared.js';\nexport const a = 1;\n");
    write('lib/shared.ts', 'export {};\n');
    const { files, packages } = await importClosure(root, ['entry.ts']);
    expect([...files.keys()].sort()).toEqual(['entry.ts', 'lib/a.ts', 'lib/b.ts', 'lib/d.ts', 'lib/shared.ts']);
    expect([...packages].sort()).toEqual(['@scope/pkg', 'left-pad']);
  });

  it('names the file and the import it cannot follow', async () => {
    const root = tempDir('closure');
    writeFileSync(join(root, 'entry.ts'), "import './missing.ts';\n");
    await expect(importClosure(root, ['entry.ts'])).rejects.toThrow(`entry.ts: imports "./missing.ts", which is not a file`);
    writeFileSync(join(root, 'entry.ts'), 'const name = "x";\nawait import(`./${name}.ts`);\n');
    await expect(importClosure(root, ['entry.ts'])).rejects.toThrow('entry.ts: imports a computed module name, which no fingerprint can follow');
  });
});

describe('lockedClosure', () => {
  const lockfile = {
    packages: {
      '': { dependencies: { a: '^1' } },
      'node_modules/a': { version: '1.0.0', dependencies: { b: '^2', '@types/a': '^1' }, optionalDependencies: { 'a-linux': '1.0.0', 'a-mac': '1.0.0' } },
      'node_modules/a/node_modules/b': { version: '2.0.0', dependencies: { c: '^1' } },
      'node_modules/b': { version: '1.0.0' },
      'node_modules/c': { version: '1.0.0' },
      'node_modules/a-linux': { version: '1.0.0' },
      'node_modules/@types/a': { version: '1.0.0' },
    },
  };

  it('finds each dependency as Node would, nested copies first, and leaves out type packages', () => {
    expect(lockedClosure(lockfile, ['a'])).toEqual(['node_modules/a', 'node_modules/a-linux', 'node_modules/a/node_modules/b', 'node_modules/c']);
  });

  it('names a package the lockfile lacks, and who needs it', () => {
    expect(() => lockedClosure(lockfile, ['d'])).toThrow('package-lock.json: no entry for "d" (needed by the project); run npm install');
    const broken = { packages: Object.fromEntries(Object.entries(lockfile.packages).filter(([key]) => key !== 'node_modules/c')) };
    expect(() => lockedClosure(broken, ['a'])).toThrow('package-lock.json: no entry for "c" (needed by node_modules/a/node_modules/b); run npm install');
  });
});
