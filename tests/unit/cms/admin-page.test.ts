import { describe, expect, it } from 'vitest';
import { ADMIN_SCRIPTS, adminPageHtml, adminPolicy } from '../../../src/lib/cms/admin-page.ts';
import { isDeskFile } from '../../../src/integrations/editors-desk.ts';
import { CSP_DIRECTIVES, hostHeaderPolicy } from '../../../src/lib/security/csp.ts';

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
});

describe('isDeskFile', () => {
  it("copies decap-cms's build and chunks, not its duplicate cms.js or source maps", () => {
    expect(['decap-cms.js', '103.decap-cms.js', 'dd5d52671a5763720504.wasm'].every(isDeskFile)).toBe(true);
    expect(['cms.js', '103.cms.js', 'decap-cms.js.map', 'decap-cms.js.LICENSE.txt'].some(isDeskFile)).toBe(false);
  });
});
