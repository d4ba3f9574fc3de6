/**
 * Astro integration: writes `_headers` into the build so hosts that read it (Netlify,
 * Cloudflare Pages) send Warta's security and cache headers. Generated, not kept in public/, so the
 * policy has one source: src/lib/security/csp.ts.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { cacheHeaderBlocks } from '../lib/hosting/cache-rules.ts';
import { headersFile, SECURITY_HEADERS } from '../lib/security/csp.ts';

export default function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'warta-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base, SECURITY_HEADERS, cacheHeaderBlocks(base)));
      },
    },
  };
}
