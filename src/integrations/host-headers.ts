/**
 * Astro integration: writes `_headers` into the build so hosts that read it (Netlify,
 * Cloudflare Pages) send Warta's security headers. Generated, not kept in public/, so the
 * policy has one source: src/lib/security/csp.ts.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/csp.ts';

export default function hostHeaders(): AstroIntegration {
  return {
    name: 'warta-host-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
