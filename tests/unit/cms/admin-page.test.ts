import { describe, expect, it } from 'vitest';
import { ADMIN_SCRIPTS, adminHeaderBlock, adminPageHtml, adminPolicy } from '../../../src/lib/cms/admin-page.ts';
import { isDeskFile } from '../../../src/integrations/editors-desk.ts';
import { CSP_DIRECTIVES, headersFile, hostHeaderPolicy, SECURITY_HEADERS } from '../../../src/lib/security/csp.ts';

/** The headers a host reading `_headers` sends for a path: every matching block, in order (`*` matches anything). */
function headersFor(file: string, path: string): [string, string][] {
  return file
    .split(/\n(?=\/)/)
    .map((block) => block.replace(/^#.*\n/, '').split('\n'))
    .filter(([pattern]) =>
      new RegExp(
        `^${pattern!
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ).test(path),
    )
    .flatMap(([, ...lines]) =>
      lines
        .filter((line) => line.trim() !== '')
        .map(
          (line) =>
            line
              .trim()
              .split(/: (.*)/)
              .slice(0, 2) as [string, string],
        ),
    );
}

describe('the desk page policy', () => {
  it("allows eval and inline styles for Decap, and connects only to its origin, decap-server and the backend's API", () => {
    const policy = adminPolicy({ name: 'github', repo: 'redaksi/warta', branch: 'main' });
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' blob: http://localhost:8081 https://api.github.com");
    expect(adminPolicy({ name: 'proxy' })).toContain("connect-src 'self' blob: http://localhost:8081;");
    expect(adminPolicy({ name: 'gitlab', repo: 'a/b' })).toContain('https://gitlab.com');
    expect(policy).toContain("object-src 'none'");
  });

  it("is not the reader pages' policy: theirs never allows eval", () => {
    expect([...CSP_DIRECTIVES, hostHeaderPolicy()].join(' ')).not.toContain('unsafe-eval');
  });

  it('is a noindex page loading the CMS build and the editor components, with the policy as written', () => {
    const html = adminPageHtml({ lang: 'id', title: 'Meja redaksi', policy: "default-src 'self'" });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain(`content="default-src &apos;self&apos;"`);
    expect([...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((match) => match[1])).toEqual([...ADMIN_SCRIPTS]);
    expect(html).toContain('<html lang="id">');
  });

  it('gives Decap its root inside the one main landmark, under a level-one heading', () => {
    const html = adminPageHtml({ lang: 'id', title: 'Meja <redaksi>', policy: "default-src 'self'" });
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html).toMatch(/<main>\s*<h1 style="[^"]+">Meja &lt;redaksi&gt;<\/h1>\s*<div id="nc-root"><\/div>\s*<\/main>/);
  });
});

describe("the desk's _headers block", () => {
  const backend = { name: 'github', repo: 'redaksi/warta', branch: 'main' } as const;
  const file = headersFile('/warta/', SECURITY_HEADERS, [adminHeaderBlock('/warta/', backend), '/warta/admin/*\n  Cache-Control: x']);
  const policies = (path: string) =>
    headersFor(file, path)
      .filter(([name]) => name === 'Content-Security-Policy')
      .map(([, value]) => value);

  it('gives /admin/ its own policy after the site-wide one, framing refused, never indexed', () => {
    expect(policies('/warta/admin/')).toEqual([hostHeaderPolicy(), `${adminPolicy(backend)}; frame-ancestors 'none'`]);
    expect(headersFor(file, '/warta/admin/config.yml')).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
  });

  it('leaves reader pages the site-wide policy alone', () => {
    for (const path of ['/warta/', '/warta/berita/x/', '/warta/administrasi/', '/warta/rubrik/admin/']) expect(policies(path), path).toEqual([hostHeaderPolicy()]);
  });

  it('joined with the site-wide policy, as Cloudflare Pages joins them, still lets the desk run its scripts and save', () => {
    // A browser enforces every policy it gets: the site-wide one must not restrict what the desk needs.
    const directives = hostHeaderPolicy()
      .split(/;\s*/)
      .map((directive) => directive.split(' ')[0]);
    for (const needed of ['default-src', 'script-src', 'style-src', 'connect-src']) expect(directives).not.toContain(needed);
  });
});

describe('isDeskFile', () => {
  it("copies decap-cms's build and chunks, not its duplicate cms.js or source maps", () => {
    expect(['decap-cms.js', '103.decap-cms.js', 'dd5d52671a5763720504.wasm'].every(isDeskFile)).toBe(true);
    expect(['cms.js', '103.cms.js', 'decap-cms.js.map', 'decap-cms.js.LICENSE.txt'].some(isDeskFile)).toBe(false);
  });
});
