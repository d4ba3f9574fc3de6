/**
 * Sites built once per test run and shared by the test files that read them (the layout and
 * accessibility tests open the same big site): the first file to ask builds, later ones reuse
 * the output. e2e files run one after another, and global-setup clears the builds of earlier runs.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BUILDS_DIR, buildSite, type BuildOptions } from './build-site.ts';
import { generateSite } from './generated-site.ts';

/** The output folder of the site called `name`, built with `options()` unless this run built it already. */
export async function sharedBuild(name: string, options: () => BuildOptions): Promise<string> {
  const folder = join(BUILDS_DIR, `shared-${name}`);
  const outDir = join(folder, 'dist');
  const complete = join(folder, 'complete');
  if (existsSync(complete)) return outDir;
  rmSync(folder, { recursive: true, force: true });
  const build = await buildSite({ ...options(), outDir });
  expect(build.exitCode, build.output.slice(-3000)).toBe(0);
  writeFileSync(complete, '');
  return outDir;
}

/** A story written to stress the layout: unbroken words and addresses longer than a phone is wide. */
export const STRESS_SLUG = 'uji-tata-letak';
const LONG_ADDRESS = 'https://example.org/arsip/2023/02/01/sebuah-alamat-yang-sangat-panjang-tanpa-spasi-untuk-menguji-pembungkusan-baris?sumber=warta&halaman=1';
const LONG_WORD = 'Pertanggungjawabannya'.repeat(4);
const STRESS_AUTHOR = `Penulis ${LONG_WORD}`;
const STRESS_ARTICLE = `---
title: "Uji tata letak: ${LONG_WORD} ${LONG_ADDRESS}"
description: "${LONG_WORD} ${LONG_ADDRESS}"
kind: opini
authors:
  - ${STRESS_AUTHOR}
date: 2023-02-01T12:00:00+07:00
updated: 2023-02-02T08:00:00+07:00
corrections:
  - date: 2023-02-02T08:00:00+07:00
    text: "${LONG_WORD} ${LONG_ADDRESS}"
section: Dunia
tags:
  - Amerika Serikat
  - ${LONG_WORD}
sources:
  - name: ${LONG_WORD}
    url: ${LONG_ADDRESS}
related:
  - title: ${LONG_WORD}
    url: ${LONG_ADDRESS}
---

${LONG_WORD} ${LONG_ADDRESS}

[${LONG_ADDRESS}](${LONG_ADDRESS})

## ${LONG_WORD}

> ${LONG_WORD} ${LONG_ADDRESS}

- ${LONG_WORD} ${LONG_ADDRESS}

:::figure{credit="${LONG_WORD}"}
${LONG_WORD} ${LONG_ADDRESS}
:::
`;

/** An author profile of the stress story's byline, for the author pages. */
const STRESS_PROFILE = `---
name: ${STRESS_AUTHOR}
role: ${LONG_WORD}
links:
  - label: ${LONG_WORD}
    url: ${LONG_ADDRESS}
---

${LONG_WORD} ${LONG_ADDRESS}
`;

/** A live page whose coverage is still open: it has no end. */
export const LIVE_SLUG = 'uji-langsung';
const LIVE_ARTICLE = `---
title: "Uji liputan langsung: ${LONG_WORD}"
description: "${LONG_WORD} ${LONG_ADDRESS}"
kind: langsung
coverage:
  start: 2023-02-01T09:00:00+07:00
date: 2023-02-01T09:00:00+07:00
section: Dunia
---

:::update{time="2023-02-01T09:00:00+07:00" title="${LONG_WORD}"}
${LONG_WORD} ${LONG_ADDRESS}
:::

:::update{time="2023-02-01T10:30:00+07:00"}
${LONG_WORD} ${LONG_ADDRESS}
:::
`;

/** How many articles the big site has: enough for every page type, and home and section pages of their own. */
export const BIG_SITE_COPIES = 300;

/** The seed, 300 copies of it, the stress story (an opinion piece, corrected, by an author with a profile) and a live page, as a newsroom's site looks after a year. */
export const buildBigSite = (): Promise<string> =>
  sharedBuild('big-site', () => {
    const { contentDir } = generateSite(BIG_SITE_COPIES, { [`${STRESS_SLUG}.md`]: STRESS_ARTICLE, [`${LIVE_SLUG}.md`]: LIVE_ARTICLE });
    mkdirSync(join(contentDir, 'authors'));
    writeFileSync(join(contentDir, 'authors', 'uji-penulis.md'), STRESS_PROFILE);
    return { contentDir };
  });

/** The real site, from the project's content/ folder. */
export const buildSeedSite = (): Promise<string> => sharedBuild('seed-site', () => ({}));
