/**
 * Astro integration: writes `_headers` into the build so hosts that read it (Netlify,
 * Cloudflare Pages) send Warta's security and cache headers. Generated, not kept in public/, so the
 * policy has one source: src/lib/security/csp.ts (the editors' desk's: src/lib/cms/admin-page.ts).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { adminHeaderBlock } from '../lib/cms/admin-page.ts';
import { cmsBackend } from '../lib/cms/config.ts';
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
        // The desk's own policy right after the site-wide block (src/lib/cms/admin-page.ts).
        const blocks = [adminHeaderBlock(base, cmsBackend(process.env)), ...cacheHeaderBlocks(base)];
        await writeFile(new URL('_headers', dir), headersFile(base, SECURITY_HEADERS, blocks));
      },
    },
  };
}
