import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n/index.ts';
import { createMarkdownRenderer, renderLabels } from '../../../src/lib/render/pipeline.ts';
import { updateAnchor } from '../../../src/lib/render/remark-live-updates.ts';
import { render } from '../../support/renderer.ts';

const update = (time: string, body: string, title?: string) => `:::update{time="${time}"${title ? ` title="${title}"` : ''}}\n${body}\n:::\n`;
const live = (markdown: string) => render({ markdown, liveUpdates: true });

describe('remark-live-updates', () => {
  const body = [
    'Pengantar.\n',
    update('2024-03-10T06:15:00+07:00', 'Air mulai naik.', 'Air naik'),
    update('2024-03-10T07:40:00+07:00', 'Posko dibuka.'),
    update('2024-03-10T09:05:00+07:00', 'Jalan *ditutup*.', 'Jalan ditutup'),
  ].join('\n');

  it('renders each update as a section, newest first, with its anchor and its time in the site zone', async () => {
    const { html } = await live(body);
    const sections = [...html.matchAll(/<section class="live-update" id="([^"]+)">(.*?)<\/section>/gs)];
    expect(sections.map((match) => match[1])).toEqual(['user-content-update-20240310t020500z', 'user-content-update-20240310t004000z', 'user-content-update-20240309t231500z']);
    expect(sections[0]![2]).toBe(
      '<h2><time datetime="2024-03-10T09:05:00+07:00" class="live-update-time">Minggu, 10 Maret 2024 09.05 WIB</time> <span class="live-update-title">Jalan ditutup</span></h2><p>Jalan <em>ditutup</em>.</p>',
    );
    // An untitled update is headed by its time alone.
    expect(sections[1]![2]).toBe('<h2><time datetime="2024-03-10T07:40:00+07:00" class="live-update-time">Minggu, 10 Maret 2024 07.40 WIB</time></h2><p>Posko dibuka.</p>');
    expect(html.startsWith('<p>Pengantar.</p>\n<nav')).toBe(true);
  });

  it('links the titled updates, newest first, from "Peristiwa penting" to anchors that exist', async () => {
    const { html } = await live(body);
    const nav = /<nav class="live-key-events" aria-labelledby="user-content-live-key-events"><h2 id="user-content-live-key-events">Peristiwa penting<\/h2>(.*?)<\/nav>/s.exec(html);
    expect(nav).not.toBeNull();
    const links = [...nav![1]!.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]]);
    expect(links).toEqual([
      ['user-content-update-20240310t020500z', 'Jalan ditutup'],
      ['user-content-update-20240309t231500z', 'Air naik'],
    ]);
    for (const [id] of links) expect(html).toContain(`id="${id}"`);
  });

  it('hands over what structured data needs, newest first, as plain text', async () => {
    const { liveUpdates } = await live(body + '\n' + update('2024-03-10T10:00:00+07:00', 'Teks <b onclick="x()">tebal</b> & <script>alert(1)</script>lagi.'));
    expect(liveUpdates.map((entry) => entry.time.iso)).toEqual([
      '2024-03-10T10:00:00+07:00',
      '2024-03-10T09:05:00+07:00',
      '2024-03-10T07:40:00+07:00',
      '2024-03-10T06:15:00+07:00',
    ]);
    expect(liveUpdates[0]).toEqual({
      id: 'user-content-update-20240310t030000z',
      time: expect.objectContaining({ dateOnly: false }),
      title: undefined,
      text: 'Teks tebal & lagi.',
    });
    expect(liveUpdates[1]).toMatchObject({ title: 'Jalan ditutup', text: 'Jalan ditutup.' });
  });

  it('sanitizes an update body like any other', async () => {
    const { html } = await live(
      update('2024-03-10T10:00:00+07:00', '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a><script>alert(1)</script>', '<b>Judul</b>" onmouseover="alert(1)'),
    );
    expect(html).not.toMatch(/onerror|onmouseover|javascript:|<script/);
    // A title is text: markup in it is shown, not obeyed.
    expect(html).toContain('<span class="live-update-title">&#x3C;b>Judul&#x3C;/b></span>');
  });

  it('leaves out "Peristiwa penting" when no update has a title', async () => {
    const { html } = await live(update('2024-03-10T10:00:00+07:00', 'Isi.'));
    expect(html).not.toContain('<nav');
  });

  it('refuses a time that is not a date-time with an offset', async () => {
    for (const time of ['kemarin', '2024-03-10', '2024-03-10T10:00:00', '2024-02-30T10:00:00+07:00']) {
      await expect(live(update(time, 'Isi.')), time).rejects.toThrow(
        `:::update time: expected an ISO 8601 date-time with an offset (2023-02-01T14:30:00+07:00), got "${time}" at line 1 of the body`,
      );
    }
    await expect(live(':::update\nIsi.\n:::')).rejects.toThrow(
      ':::update time: expected an ISO 8601 date-time with an offset (2023-02-01T14:30:00+07:00), got nothing at line 1 of the body',
    );
  });

  it('refuses two updates at one moment, an update outside a live page and one inside another block', async () => {
    await expect(live(update('2024-03-10T10:00:00+07:00', 'A') + '\n' + update('2024-03-10T03:00:00Z', 'B'))).rejects.toThrow(
      ':::update time: expected a moment no other update has, got "2024-03-10T03:00:00Z" as "2024-03-10T10:00:00+07:00" was at line 5 of the body',
    );
    await expect(render({ markdown: update('2024-03-10T10:00:00+07:00', 'A') })).rejects.toThrow(':::update: expected only on a live page (kind: langsung) at line 1 of the body');
    await expect(live(`> ${update('2024-03-10T10:00:00+07:00', 'A').replace(/\n/g, '\n> ')}`)).rejects.toThrow(':::update: expected at the top level of the body');
  });

  it('warns about attributes an update does not have', async () => {
    const { warnings } = await live(':::update{time="2024-03-10T10:00:00+07:00" penulis="x"}\nIsi.\n:::');
    expect(warnings).toEqual(['Unknown update attribute "penulis": expected time or title']);
  });

  it('speaks the language and the zone it is given', async () => {
    const english = createMarkdownRenderer({ labels: renderLabels(createTranslator('en')), locale: 'en', timeZone: 'Europe/London' });
    const { html } = await english({ markdown: update('2024-03-10T07:40:00+07:00', 'Shelters open.', 'Shelters'), liveUpdates: true });
    expect(html).toContain('>Key events</h2>');
    expect(html).toContain('<time datetime="2024-03-10T00:40:00+00:00" class="live-update-time">Sunday, March 10, 2024 12:40 AM GMT</time>');
  });

  it('makes anchors from the moment in UTC, whatever offset it was written with', () => {
    expect(updateAnchor(Date.parse('2024-03-10T14:30:00+07:00'))).toBe('update-20240310t073000z');
    expect(updateAnchor(Date.parse('2024-03-10T07:30:00Z'))).toBe(updateAnchor(Date.parse('2024-03-10T14:30:00+07:00')));
  });
});
