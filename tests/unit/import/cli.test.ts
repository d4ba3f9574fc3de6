/**
 * The command as a person runs it: `node scripts/import.ts …` on files in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { importArticle } from '../../../src/lib/import/import-article.ts';
import { readSeed, ROOT, SEED_PATH, SEED_SLUG, TIME_ZONE } from './support.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const SCRIPT = path.join(ROOT, 'scripts/import.ts');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warta-import-'));
  out = path.join(dir, 'out');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runImport(args: string[], cwd = dir): Run {
  const { status, stdout, stderr } = spawnSync(NODE, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

async function input(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

const seedMarkdown = (): string => importArticle(readSeed(), { timeZone: TIME_ZONE }).markdown;
const target = (): string => path.join(out, `${SEED_SLUG}.md`);

describe('npm run import', () => {
  it('writes the seed article, prints its path and what was inferred', async () => {
    const run = runImport([SEED_PATH, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      target(),
      '  description: the body\'s first sentence, "Menteri Luar Negeri Rusia Sergey Lavrov, pada Selasa, 31 Januari 2023, mengungkapkan pesan yang dia terima dari Menteri Luar Negeri AS Antony Blinken."',
      '  date: 2023-02-01, the latest date the text mentions ("Rabu, 1 Februari 2023")',
      '  section: Dunia, from the dateline "VIVA Dunia –"',
      '  publisher: VIVA, from the dateline "VIVA Dunia –"',
      '  sources: Newsweek, TASS, the outlets the text cites',
      '',
    ]);
    const written = await readFile(target(), 'utf8');
    expect(written).toBe(seedMarkdown());
    expect(parseArticle(written, target(), SEED_SLUG, { timeZone: TIME_ZONE }).data.title).toBe('Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS');
  });

  it('prints what it dropped and what a person should check, after what it inferred', () => {
    const sample = path.join(ROOT, 'tests/fixtures/import/outlets/detik-one-line.txt');
    const run = runImport([sample, '--out', out, '--section', 'Berita']);
    expect(run.status).toBe(0);
    const result = importArticle(readFileSync(sample, 'utf8'), { timeZone: TIME_ZONE, section: 'Berita' });
    expect(run.stdout.split('\n')).toEqual([
      path.join(out, `${result.slug}.md`),
      ...result.inferred.map((line) => `  ${line}`),
      ...result.dropped.map((line) => `  ${line}`),
      ...result.review.map((line) => `  check: ${line}`),
      '',
    ]);
    expect(result.dropped.length).toBeGreaterThan(0);
    expect(result.review.length).toBeGreaterThan(0);
  });

  it('writes into content/articles by default', async () => {
    const file = await input('seed.txt', readSeed());
    const run = runImport([file]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(path.join('content/articles', `${SEED_SLUG}.md`));
    expect(await readFile(path.join(dir, 'content/articles', `${SEED_SLUG}.md`), 'utf8')).toBe(seedMarkdown());
  });

  it('reads a scrape with CRLF line endings and a byte-order mark as the same article', async () => {
    const file = await input('windows.txt', `\uFEFF${readSeed().replace(/\n/g, '\r\n')}`);
    expect(runImport([file, '--out', out]).status).toBe(0);
    expect(await readFile(target(), 'utf8')).toBe(seedMarkdown());
  });

  it('refuses to overwrite an article without --force, and overwrites it with --force', async () => {
    await mkdir(out);
    await writeFile(target(), 'edited by hand\n');
    const refused = runImport([SEED_PATH, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`${SEED_PATH}: ${target()} already exists: pass --force to overwrite it\n`);
    expect(await readFile(target(), 'utf8')).toBe('edited by hand\n');

    const forced = runImport([SEED_PATH, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(await readFile(target(), 'utf8')).toBe(seedMarkdown());
  });

  it('gives a one-line error naming each bad file, and writes nothing, not even the good one', async () => {
    const files = {
      empty: await input('empty.txt', ''),
      headline: await input('headline.txt', 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS\r\n\r\n'),
      binary: await input('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      latin1: await input('latin1.txt', new Uint8Array([0x53, 0x65, 0xf1, 0x6f, 0x72, 0x0a, 0x0a, 0x61, 0x2e])),
      missing: path.join(dir, 'missing.txt'),
    };
    const run = runImport([SEED_PATH, ...Object.values(files), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `${files.empty}: expected a headline and story text, got an empty file`,
      `${files.headline}: expected story text after the headline, got only a headline`,
      `${files.binary}: expected a UTF-8 text file, got binary data`,
      `${files.latin1}: expected UTF-8 text, got bytes in another encoding`,
      `${files.missing}: cannot read it: no such file`,
      '',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses two inputs that would write the same file', async () => {
    const copy = await input('copy.txt', readSeed());
    const run = runImport([SEED_PATH, copy, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${copy}: ${target()} would also be written from ${SEED_PATH}: two inputs have the same headline\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('takes --date, --section and --publisher over what the text suggests', async () => {
    const run = runImport([SEED_PATH, '--out', out, '--date', '2023-02-02', '--section', 'Internasional', '--publisher', 'VIVA.co.id']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^ {2}(date|section|publisher):/m);
    const { data } = parseArticle(await readFile(target(), 'utf8'), target(), SEED_SLUG, { timeZone: TIME_ZONE });
    expect(data).toMatchObject({ date: { iso: '2023-02-02' }, section: 'Internasional', publisher: { name: 'VIVA.co.id' } });
  });

  it('asks for --section when the text names none, and then imports', async () => {
    const english = path.join(ROOT, 'tests/fixtures/import/english.txt');
    const refused = runImport([english, '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${english}: expected a section, but no dateline names one: pass --section\n`);
    expect(runImport([english, '--out', out, '--section', 'Dunia']).status).toBe(0);
    expect(await readdir(out)).toEqual(['got-a-love-letter-russias-foreign-minister-reveals-the-message-from-the-us-secretary-of-state.md']);
  });

  it('refuses bad arguments with a one-line reason and the usage', () => {
    const badDate = runImport([SEED_PATH, '--out', out, '--date', '1 Februari 2023']);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toMatch(/^import: --date: expected an ISO 8601 date .*got "1 Februari 2023"\n$/);

    const noInput = runImport(['--out', out]);
    expect(noInput.status).toBe(1);
    expect(noInput.stderr).toMatch(/^import: expected at least one file to import\nusage: npm run import -- <file\.txt>\.\.\./);

    const unknown = runImport([SEED_PATH, '--overwrite']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^import: Unknown option '--overwrite'.*\nusage: /);
    expect(existsSync(out)).toBe(false);
  });
});
