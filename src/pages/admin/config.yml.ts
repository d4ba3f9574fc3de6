/** The editors' desk configuration, generated from the content contract (src/lib/cms/config.ts). */
import { relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { cmsBackend, cmsConfig } from '../../lib/cms/config.ts';
import { settings } from '../../lib/settings.ts';

export const GET = () => {
  const contentPath = relative(process.cwd(), resolve(settings.contentDir)) || '.';
  const config = cmsConfig({ contentPath, backend: cmsBackend(process.env), lang: settings.lang });
  return new Response(`# Written by Warta at build time from src/lib/cms/config.ts: edit that, not this.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
