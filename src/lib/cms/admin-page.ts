/**
 * The editors' desk page (`/admin/`): the only page that loads a script from the CMS, with a
 * policy of its own (docs/decisions/017-editors-desk-cms.md). Decap evaluates code at run time
 * (`eval`, `new Function`) and injects its styles (emotion), so this page, and no reader page,
 * allows `'unsafe-eval'` and inline styles; it talks only to its own origin, decap-server and
 * the backend's API.
 */
import { HEADER_ONLY_DIRECTIVES } from '../security/csp.ts';
import { escapeXml as escapeHtml } from '../utils/xml.ts';
import { LOCAL_PROXY_URL, type CmsBackend } from './config.ts';

/** The API each backend's browser code calls. */
const BACKEND_API: Readonly<Record<CmsBackend['name'], string | undefined>> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  proxy: undefined,
};

/** The desk's Content Security Policy, for its `<meta>` and its `_headers` block. */
export function adminPolicy(backend: CmsBackend): string {
  // blob:: Decap reads back the entry and picture blobs it makes itself (its local draft backup
  // and every save fetch one); without it saving fails with "Failed to fetch".
  const connect = ["'self'", 'blob:', new URL(LOCAL_PROXY_URL).origin, BACKEND_API[backend.name]].filter((source) => source !== undefined);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // Pictures an editor picks are previewed from blob: URLs before they are saved.
    "img-src 'self' https: data: blob:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * The desk's `_headers` block (Netlify, Cloudflare Pages; written after the site-wide `/*` block
 * by src/integrations/host-headers.ts): its own policy, with the header-only `frame-ancestors`,
 * and `noindex` for crawlers that never parse the page. A host that lets the later, narrower
 * rule replace a header (Netlify) sends the desk this policy alone; a host that joins the values
 * of every matching rule (Cloudflare Pages) sends both, and a browser enforces both: the
 * site-wide header policy names no `default-src`, `script-src`, `style-src` or `connect-src`
 * (tests/unit/cms/admin-page.test.ts), so it cannot block the desk's scripts or saves; only a
 * picture chosen but not yet saved has no thumbnail there (its `blob:` address is not in the
 * site-wide `img-src`). Reader pages match no desk rule and keep their policy.
 */
export function adminHeaderBlock(base: string, backend: CmsBackend): string {
  const policy = [adminPolicy(backend), ...HEADER_ONLY_DIRECTIVES].join('; ');
  return `${base}admin/*\n  Content-Security-Policy: ${policy}\n  X-Robots-Tag: noindex, nofollow`;
}

/** The files the desk page loads, beside it in `/admin/`: the CMS's own build, then Warta's editor components. */
export const ADMIN_SCRIPTS = ['decap-cms.js', 'desk.js'] as const;

/**
 * Decap draws its whole interface into `#nc-root` (decap-cms-core's bootstrap takes the element
 * when it is there) with no main landmark and no level-one heading: the page gives both, the
 * heading read by screen readers only, so the desk passes the same accessibility check as the
 * reader pages.
 */
const VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

export function adminPageHtml({ lang, title, policy }: { lang: string; title: string; policy: string }): string {
  const scripts = ADMIN_SCRIPTS.map((file) => `    <script src="${file}"></script>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${escapeHtml(title)}</title>
    <link href="config.yml" type="text/yaml" rel="cms-config-url" />
  </head>
  <body>
    <main>
      <h1 style="${VISUALLY_HIDDEN}">${escapeHtml(title)}</h1>
      <div id="nc-root"></div>
    </main>
${scripts}
  </body>
</html>
`;
}
