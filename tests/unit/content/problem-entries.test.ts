import { describe, expect, it } from 'vitest';
import { problemEntryData, separateProblems } from '../../../src/lib/content/problem-entries.ts';

const badDate = { file: 'content/articles/a.md', field: 'date', message: 'expected an ISO 8601 date, got "kemarin"' };
const noTitle = { file: 'content/articles/b.md', field: 'title', message: 'expected text, got nothing' };

describe('problem entries', () => {
  it('passes the articles through when no entry holds problems', () => {
    const entries = [{ data: { title: 'Judul', slug: 'a' } }, { data: { title: 'Lain', slug: 'b' } }];
    expect(separateProblems(entries)).toEqual({ articles: entries, problems: [] });
  });

  it('takes out the entries of broken files and gathers their problems, in order', () => {
    const article = { data: { title: 'Judul' } };
    const { articles, problems } = separateProblems([article, { data: problemEntryData([badDate]) }, { data: problemEntryData([noTitle]) }]);
    expect(articles).toEqual([article]);
    expect(problems).toEqual([badDate, noTitle]);
  });

  it('copies the problems, so a later change to the list does not reach the store', () => {
    const problems = [badDate];
    const data = problemEntryData(problems);
    problems.push(noTitle);
    expect(data.contentProblems).toEqual([badDate]);
  });
});
