import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { toMarkdown, type ImportedArticle } from '../../../src/lib/import/to-markdown.ts';
import { readBody, TIME_ZONE } from './support.ts';

const minimal: ImportedArticle = {
  title: 'Judul',
  description: 'Kalimat pertama.',
  date: '2023-02-01',
  section: 'Dunia',
  authors: [],
  tags: [],
  sources: [],
  related: [],
  partial: false,
  blocks: [{ kind: 'paragraph', text: 'Kalimat pertama.' }],
};

describe('toMarkdown', () => {
  it('writes front matter in the documented order, then the body', () => {
    const markdown = toMarkdown({
      ...minimal,
      publisher: 'VIVA',
      image: { caption: 'Menlu Rusia Sergey Lavrov.', credit: 'AP Photo/Vahid Salemi' },
      sources: [{ name: 'Newsweek' }, { name: 'TASS' }],
      related: ['Indonesia di Atas AS dan Rusia dalam Hal Ini'],
      partial: true,
      blocks: [
        { kind: 'paragraph', text: 'Kalimat pertama.' },
        { kind: 'figure', figure: { caption: 'Antony Blinken.', credit: 'AP-Yonhap' } },
        { kind: 'paragraph', text: 'Kalimat kedua.' },
      ],
    });
    expect(markdown).toBe(
      [
        '---',
        'title: "Judul"',
        'description: "Kalimat pertama."',
        'date: "2023-02-01"',
        'section: "Dunia"',
        'publisher:',
        '  name: "VIVA"',
        'image:',
        '  caption: "Menlu Rusia Sergey Lavrov."',
        '  credit: "AP Photo/Vahid Salemi"',
        'sources:',
        '  - name: "Newsweek"',
        '  - name: "TASS"',
        'related:',
        '  - title: "Indonesia di Atas AS dan Rusia dalam Hal Ini"',
        'partial: true',
        '---',
        '',
        'Kalimat pertama.',
        '',
        ':::figure{credit="AP-Yonhap"}',
        'Antony Blinken.',
        ':::',
        '',
        'Kalimat kedua.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty lists, absent fields and partial: false', () => {
    const markdown = toMarkdown(minimal);
    expect(markdown).not.toMatch(/^(publisher|image|sources|related|partial):/m);
    expect(parseArticle(markdown, 'judul.md', 'judul', { timeZone: TIME_ZONE }).data).toMatchObject({ sources: [], related: [], partial: false });
  });

  it('keeps text that looks like YAML or Markdown as text, in the front matter and the body', () => {
    const tricky = 'yes: "no" # 2023-02-01 <b>x</b> *y* [z] {a} & \\ \u2028 x';
    const markdown = toMarkdown({
      ...minimal,
      title: tricky,
      description: 'true',
      section: '2023',
      publisher: 'null',
      image: { caption: `- ${tricky}`, credit: 'A "B" & C' },
      related: [tricky],
      blocks: [
        { kind: 'paragraph', text: `# ${tricky}` },
        { kind: 'figure', figure: { caption: ':::', credit: '"}' } },
      ],
    });
    const { data, body } = parseArticle(markdown, 'judul.md', 'judul', { timeZone: TIME_ZONE });
    expect(data).toMatchObject({
      title: tricky,
      description: 'true',
      section: '2023',
      publisher: { name: 'null' },
      image: { caption: `- ${tricky}`, credit: 'A "B" & C' },
      related: [{ title: tricky }],
    });
    expect(readBody(body)).toEqual([{ paragraph: `# ${tricky}` }, { caption: ':::', credit: '"}' }]);
  });
});
