import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_POLICIES, CACHE_RULES, cacheHeaderBlocks } from '../../../src/lib/hosting/cache-rules.ts';
import { SECURITY_HEADERS } from '../../../src/lib/security/csp.ts';

describe('cache rules', () => {
  it('give every path one rule, so no host joins two Cache-Control values', () => {
    const paths = CACHE_RULES.flatMap((rule) => rule.paths);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keep hashed assets a year and pages five minutes', () => {
    expect(cacheHeaderBlocks('/')).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(cacheHeaderBlocks('/')).toContain('/berita/*\n  Cache-Control: public, max-age=300, must-revalidate');
    expect(cacheHeaderBlocks('/warta/')).toContain('/warta/\n  Cache-Control: public, max-age=300, must-revalidate');
  });
});

describe('the nginx server block', () => {
  const nginx = readFileSync(new URL('../../../docs/hosting/nginx.conf', import.meta.url), 'utf8');
  const locations = [...nginx.matchAll(/^\s*location ([^{\n]+)\{([^}]*)\}/gm)].map(([, match, body]) => ({ match: match!.trim(), body: body! }));

  it('sends the same cache policies', () => {
    expect(locations.map(({ match, body }) => [match, /Cache-Control "([^"]+)"/.exec(body)?.[1]])).toEqual([
      ['/_astro/', CACHE_POLICIES.immutable],
      ['~ ^/(media|kartu)/|^/favicon\\.svg$', CACHE_POLICIES.media],
      ['/', CACHE_POLICIES.page],
    ]);
  });

  it('repeats the security headers in every location (nginx does not inherit them there)', () => {
    for (const { match, body } of locations) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(body, match).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('serves the precompressed files and the 404 page', () => {
    expect(nginx).toContain('gzip_static on;');
    expect(nginx).toContain('error_page 404 /404.html;');
  });
});
