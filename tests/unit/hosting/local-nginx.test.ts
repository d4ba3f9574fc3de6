import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localNginxConfig } from '../../../src/lib/hosting/local-nginx.ts';

const reference = readFileSync(new URL('../../../docs/hosting/nginx-server.conf', import.meta.url), 'utf8');
const options = { port: 18080, upstreamPort: 14321, prefix: '/tmp/warta-nginx', asRoot: false };

describe('localNginxConfig', () => {
  it('keeps every cache rule of the reference and moves only addresses and folders', () => {
    const config = localNginxConfig(reference, options);
    expect(config).toContain('listen 127.0.0.1:18080;');
    expect(config).toContain('server 127.0.0.1:14321;');
    expect(config).toContain('proxy_cache_path /tmp/warta-nginx/cache ');
    expect(config).not.toContain('/var/cache/nginx');
    const rules = reference.match(/^\s*proxy_cache\w*\s(?!\/var)[^;]*;/gm) ?? [];
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(config).toContain(rule.trim());
    expect(config).toMatch(/^daemon off;\npid \/tmp\/warta-nginx\/nginx.pid;/);
  });

  it('runs as root only when asked', () => {
    expect(localNginxConfig(reference, { ...options, asRoot: true })).toContain('user root;');
    expect(localNginxConfig(reference, options)).not.toContain('user root;');
  });

  it('names the text a reworded reference lost', () => {
    expect(() => localNginxConfig(reference.replace('listen 80;', 'listen 8080;'), options)).toThrow(/no longer has "listen 80;"/);
  });
});
