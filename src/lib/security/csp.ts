/**
 * The Content Security Policy: the last layer, for the day the sanitizer misses something.
 * Astro adds `script-src` and `style-src` to each page's `<meta>` policy with hashes of exactly
 * the scripts and styles it emitted, so an injected inline script or handler cannot run.
 * The directives below come on top, in the meta policy and in the host headers.
 */

/** A directive this policy uses, with its sources: `img-src 'self' https:`. */
export type CspDirective = `${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-src' | 'frame-ancestors'} ${string}`;

/** Directives of both the meta policy and the host-header policy. */
const SHARED_DIRECTIVES: readonly CspDirective[] = [
  // Articles may show pictures from other sites (`image.src: https://…`); nothing else loads from afar.
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
];

/**
 * The page's `<meta>` policy, beside Astro's hashed `script-src` and `style-src`. Only here may
 * `default-src` close everything else: the header policy has no hashes, so there a default
 * would also block the page's own inline stylesheet.
 */
export const CSP_DIRECTIVES: readonly CspDirective[] = ["default-src 'self'", ...SHARED_DIRECTIVES];

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), so hosts send them
 * as headers: no site may frame these pages.
 */
export const HEADER_ONLY_DIRECTIVES: readonly CspDirective[] = ["frame-ancestors 'none'"];

/**
 * The policy for host headers (`_headers`, nginx). It leaves scripts and styles to each page's
 * hashed meta policy: a browser enforces both, so a resource must pass each of them.
 */
export function hostHeaderPolicy(): string {
  return [...SHARED_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Security headers for every response, beside the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': hostHeaderPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the security headers on every path under the
 * base, then any further blocks (the cache rules).
 */
export function headersFile(base: string, headers: Readonly<Record<string, string>> = SECURITY_HEADERS, blocks: readonly string[] = []): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by Warta at build time from src/lib/security/csp.ts and src/lib/hosting/cache-rules.ts.\n${base}*\n${lines.join('\n')}\n${blocks.map((block) => `\n${block}\n`).join('')}`;
}
