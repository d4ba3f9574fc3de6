/**
 * `npm run import -- <file.txt>... [--out <dir>] [--date <ISO date>] [--section <name>]
 * [--publisher <name>] [--force]`: turns scraped plain-text news articles into Warta articles
 * (docs/importer.md). The conversion lives in src/lib/import/; this file only reads, checks and
 * writes. All or nothing: when any input fails, it says why on one line per problem, exits
 * with 1 and writes no file.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../src/lib/import/errors.ts';
import { importArticle, type ImportOptions } from '../src/lib/import/import-article.ts';
import { decodeScrape } from '../src/lib/import/lines.ts';
import { settings } from '../src/lib/settings.ts';
import { parseArticleDate } from '../src/lib/utils/dates.ts';

const USAGE = 'usage: npm run import -- <file.txt>... [--out <dir>] [--date <ISO date>] [--section <name>] [--publisher <name>] [--force]';

interface Planned {
  input: string;
  target: string;
  markdown: string;
  inferred: string[];
  dropped: string[];
  review: string[];
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** What went wrong, in one line: the importer's own words, or the system's for a file it cannot read. */
function describe(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot read it: no such file';
  if (code === 'EISDIR') return 'cannot read it: it is a folder';
  return `cannot read it: ${error instanceof Error ? error.message : String(error)}`;
}

async function plan(input: string, options: ImportOptions, out: string, force: boolean): Promise<Planned> {
  const result = importArticle(decodeScrape(await readFile(input)), options);
  const target = path.join(out, `${result.slug}.md`);
  if (!force && (await exists(target))) throw new ImportError(`${target} already exists: pass --force to overwrite it`);
  return { input, target, markdown: result.markdown, inferred: result.inferred, dropped: result.dropped, review: result.review };
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        date: { type: 'string' },
        section: { type: 'string' },
        publisher: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`import: ${(error as Error).message.split('\n')[0]}\n${USAGE}`);
    return 1;
  }
  const { values, positionals: inputs } = parsed;
  if (inputs.length === 0) {
    console.error(`import: expected at least one file to import\n${USAGE}`);
    return 1;
  }
  if (values.date !== undefined && !parseArticleDate(values.date, settings.timeZone)) {
    console.error(`import: --date: expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got ${JSON.stringify(values.date)}`);
    return 1;
  }
  const options: ImportOptions = {
    timeZone: settings.timeZone,
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.section !== undefined ? { section: values.section } : {}),
    ...(values.publisher !== undefined ? { publisher: values.publisher } : {}),
  };

  // Convert everything before writing anything.
  const planned: Planned[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    try {
      const next = await plan(input, options, values.out, values.force);
      const clash = planned.find((other) => other.target === next.target);
      if (clash) throw new ImportError(`${next.target} would also be written from ${clash.input}: two inputs have the same headline`);
      planned.push(next);
    } catch (error) {
      problems.push(`${input}: ${describe(error)}`);
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 1;
  }

  await mkdir(values.out, { recursive: true });
  for (const { target, markdown, inferred, dropped, review } of planned) {
    // `wx` refuses a file that appeared since the check above, rather than overwriting it.
    await writeFile(target, markdown, { flag: values.force ? 'w' : 'wx' });
    console.log(target);
    for (const line of inferred) console.log(`  ${line}`);
    // What left the article by a rule, and what stayed but should be looked at.
    for (const line of dropped) console.log(`  ${line}`);
    for (const line of review) console.log(`  check: ${line}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
