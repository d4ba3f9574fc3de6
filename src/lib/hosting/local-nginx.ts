/**
 * The reference nginx configuration (docs/hosting/nginx-server.conf) made runnable by an
 * unprivileged nginx on 127.0.0.1, for the server tests and `npm run bench -- --server`: the
 * same cache, stale and purge-hiding rules, only the addresses and folders changed. Every text it
 * replaces must still be in the reference, so a reworded reference cannot leave the tests
 * measuring an old configuration.
 */
export interface LocalNginxOptions {
  /** The port nginx listens on, on 127.0.0.1. */
  port: number;
  /** The port of the Node server behind it. */
  upstreamPort: number;
  /** A scratch folder for the cache, the temporary files, the pid and the error log. */
  prefix: string;
  /** nginx started as root needs `user root;` to read and write the scratch folder. */
  asRoot: boolean;
}

/** The whole `nginx.conf` to start with `nginx -c <prefix>/nginx.conf -p <prefix>`. */
export function localNginxConfig(reference: string, { port, upstreamPort, prefix, asRoot }: LocalNginxOptions): string {
  const replacements: readonly (readonly [string, string])[] = [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['server_name warta.example;', 'server_name 127.0.0.1;'],
    ['server 127.0.0.1:4321;', `server 127.0.0.1:${upstreamPort};`],
    ['/var/cache/nginx/warta', `${prefix}/cache`],
  ];
  const site = replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`docs/hosting/nginx-server.conf no longer has "${from}": update src/lib/hosting/local-nginx.ts`);
    return text.replace(from, to);
  }, reference);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  const user = asRoot ? 'user root;\n' : '';
  return `daemon off;\n${user}pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n  access_log off;\n${temp}\n${site}\n}\n`;
}
