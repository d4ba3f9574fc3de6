import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { decodeScrape, toLines } from '../../../src/lib/import/lines.ts';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeScrape', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeScrape(bytes(0xef, 0xbb, 0xbf, ...utf8('Menlu Rusia – Lavrov')))).toBe('Menlu Rusia – Lavrov');
  });

  it('refuses text in another encoding with a one-line reason', () => {
    // "Señor" in Latin-1: 0xF1 is not valid UTF-8.
    const latin1 = bytes(0x53, 0x65, 0xf1, 0x6f, 0x72);
    expect(() => decodeScrape(latin1)).toThrow(ImportError);
    expect(() => decodeScrape(latin1)).toThrow(/^expected UTF-8 text, got bytes in another encoding$/);
  });

  it('refuses binary data', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);
    expect(() => decodeScrape(png)).toThrow(/^expected a UTF-8 text file, got binary data$/);
  });
});

describe('toLines', () => {
  it('gives one entry per line for LF, CRLF and CR endings', () => {
    expect(toLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(toLines('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b', '']);
  });

  it('strips a byte-order mark left in the text', () => {
    expect(toLines('\uFEFFJudul\nIsi')).toEqual(['Judul', 'Isi']);
  });

  it('turns no-break and other Unicode spaces into one plain space and trims the ends', () => {
    // From the seed: `Sergey\u00a0Lavrov`, `Shoukry.\u00a0\u00a0` and a dateline padded with no-break spaces.
    expect(toLines('Sergey\u00a0Lavrov')).toEqual(['Sergey Lavrov']);
    expect(toLines('Sameh Shoukry.\u00a0\u00a0 ')).toEqual(['Sameh Shoukry.']);
    expect(toLines('VIVA Dunia\u00a0–\u00a0Menteri')).toEqual(['VIVA Dunia – Menteri']);
    expect(toLines('\t  • AP Photo/Vahid Salemi\u2003')).toEqual(['• AP Photo/Vahid Salemi']);
  });

  it('drops control characters, as the article schema does', () => {
    expect(toLines('Lav\u0000rov\u0007\u007f \u001b\n\u000e')).toEqual(['Lavrov', '']);
  });

  it('makes whitespace-only lines blank', () => {
    expect(toLines('a\n \u00a0\t\nb')).toEqual(['a', '', 'b']);
  });
});
