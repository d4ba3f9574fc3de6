import { describe, expect, it } from 'vitest';
import { previewBlocks } from '../../../src/lib/cms/preview.ts';

describe('the desk preview of a body', () => {
  it('splits paragraphs and headings at blank lines, and keeps Markdown as written', () => {
    expect(previewBlocks('Satu **dua**\nlanjut.\n\n## Subjudul ##\n\n\n<b>tiga</b>\n')).toEqual([
      { kind: 'paragraph', text: 'Satu **dua**\nlanjut.' },
      { kind: 'heading', text: 'Subjudul' },
      { kind: 'paragraph', text: '<b>tiga</b>' },
    ]);
  });

  it('reads a figure and an update whole, blank lines inside included', () => {
    const body = ':::figure{src="./a.jpg" alt="A" credit="Sumber"}\nKeterangan\n\nlanjut\n:::\n\nTeks.\n\n:::update{time="2024-03-10T06:15:00+07:00" title="Kabar"}\nIsi\n:::';
    expect(previewBlocks(body)).toEqual([
      { kind: 'figure', src: './a.jpg', alt: 'A', credit: 'Sumber', caption: 'Keterangan\n\nlanjut' },
      { kind: 'paragraph', text: 'Teks.' },
      { kind: 'update', time: '2024-03-10T06:15:00+07:00', title: 'Kabar', body: 'Isi' },
    ]);
  });

  it('gives nothing for an empty body, and a broken directive stays text', () => {
    expect(previewBlocks('\n\n')).toEqual([]);
    expect(previewBlocks(':::figure{credit="x"}\nno end')).toEqual([{ kind: 'paragraph', text: ':::figure{credit="x"}\nno end' }]);
  });
});
