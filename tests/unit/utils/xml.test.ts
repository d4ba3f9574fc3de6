import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/utils/xml.ts';

describe('escapeXml', () => {
  it('escapes the five reserved characters and leaves the rest', () => {
    expect(escapeXml(`Tom & Jerry's <"kartun">`)).toBe('Tom &amp; Jerry&apos;s &lt;&quot;kartun&quot;&gt;');
    expect(escapeXml('https://warta.example/berita/kopi-%C3%A9/')).toBe('https://warta.example/berita/kopi-%C3%A9/');
  });

  it('escapes an ampersand that already looks like an entity, so the text reads back as written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});
