import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headersFile, hostHeaderPolicy, SECURITY_HEADERS } from '../../../src/lib/security/csp.ts';

describe('the content security policy', () => {
  it('closes objects, base and form targets, frames, and anything not from the site', () => {
    expect(CSP_DIRECTIVES).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]));
  });

  it('sends frame-ancestors as a header, where browsers honour it', () => {
    expect(hostHeaderPolicy()).toContain("frame-ancestors 'none'");
    expect(CSP_DIRECTIVES.join(';')).not.toContain('frame-ancestors');
  });

  it('leaves scripts and styles to the hashed meta policy in the header, so the page styles still load', () => {
    expect(hostHeaderPolicy()).not.toMatch(/default-src|script-src|style-src/);
  });

  it('writes a _headers file for every path under the base, then further blocks', () => {
    expect(headersFile('/', { 'X-A': '1', 'X-B': '2' })).toMatch(/^# .*\n\/\*\n {2}X-A: 1\n {2}X-B: 2\n$/);
    expect(headersFile('/warta/', { 'X-A': '1' }, ['/warta/x\n  Y: 2'])).toMatch(/\n\/warta\/\*\n {2}X-A: 1\n\n\/warta\/x\n {2}Y: 2\n$/);
  });

  it('matches the documented nginx server block', () => {
    const nginx = readFileSync(new URL('../../../docs/hosting/nginx.conf', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});
