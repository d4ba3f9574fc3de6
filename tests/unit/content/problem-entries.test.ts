import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { problemEntryData, throwContentProblems } from '../../../src/lib/content/problem-entries.ts';

const badDate = { file: 'content/articles/a.md', field: 'date', message: 'expected an ISO 8601 date, got "kemarin"' };
const noTitle = { file: 'content/articles/b.md', field: 'title', message: 'expected text, got nothing' };

describe('problem entries', () => {
  it('returns when every entry is an article', () => {
    expect(() => throwContentProblems([{ data: { title: 'Judul', slug: 'a' } }, { data: { title: 'Lain', slug: 'b' } }])).not.toThrow();
  });

  it('throws the problems of every broken file at once, one line each', () => {
    const entries = [{ data: { title: 'Judul' } }, { data: problemEntryData([badDate]) }, { data: problemEntryData([noTitle]) }];
    let thrown: unknown;
    try {
      throwContentProblems(entries);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems).toEqual([badDate, noTitle]);
    expect((thrown as ContentError).message).toBe(
      '2 problems in article files break the content format (docs/content-format.md):\n' +
        'content/articles/a.md: date: expected an ISO 8601 date, got "kemarin"\n' +
        'content/articles/b.md: title: expected text, got nothing',
    );
  });

  it('copies the problems, so a later change to the list does not reach the store', () => {
    const problems = [badDate];
    const data = problemEntryData(problems);
    problems.push(noTitle);
    expect(data.contentProblems).toEqual([badDate]);
  });
});
