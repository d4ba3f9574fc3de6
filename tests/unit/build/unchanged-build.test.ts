import { describe, expect, it } from 'vitest';
import { isUnchangedBuild, parseLastBuild, type BuildRequest, type LastBuildRecord } from '../../../src/lib/build/unchanged-build.ts';

const record: LastBuildRecord = { inputs: 'abc', outDir: '/site/dist', release: '2049:131:1000.5', builtAt: 1_000, nextChangeAt: 5_000 };
const request: BuildRequest = { inputs: 'abc', outDir: '/site/dist', now: 2_000, release: '2049:131:1000.5' };

describe('isUnchangedBuild', () => {
  it('skips a build with the same inputs into the kept folder before the next change', () => {
    expect(isUnchangedBuild(record, request)).toBe(true);
    expect(isUnchangedBuild({ ...record, nextChangeAt: null }, { ...request, now: 1e15 })).toBe(true);
  });

  it.each<[string, Partial<BuildRequest>]>([
    ['other inputs', { inputs: 'abd' }],
    ['inputs that cannot be told (a file just written)', { inputs: undefined }],
    ['another output folder', { outDir: '/site/public_html' }],
    ['another release switched in since', { release: '2049:977:1200' }],
    ['no output folder', { release: undefined }],
    ['the next change reached', { now: 5_000 }],
    ['a moment before the last build (a clock set back)', { now: 999 }],
  ])('runs the build for %s', (_, change) => {
    expect(isUnchangedBuild(record, { ...request, ...change })).toBe(false);
  });

  it('runs the build without a record', () => {
    expect(isUnchangedBuild(undefined, request)).toBe(false);
  });
});

describe('parseLastBuild', () => {
  it('reads back what was written', () => {
    expect(parseLastBuild(JSON.stringify(record))).toEqual(record);
    expect(parseLastBuild(JSON.stringify({ ...record, nextChangeAt: null }))).toEqual({ ...record, nextChangeAt: null });
  });

  it.each([
    '',
    '{',
    'null',
    '[]',
    JSON.stringify({ ...record, builtAt: '1000' }),
    JSON.stringify({ ...record, release: undefined }),
    JSON.stringify({ ...record, nextChangeAt: undefined }),
  ])('takes %j as no record', (text) => {
    expect(parseLastBuild(text)).toBeUndefined();
  });
});
