import { describe, expect, it } from 'vitest';
import { isAbandoned, ownerText, parseOwner, processStartOf, type LockOwner } from '../../../src/lib/build/build-lock.ts';
import { BuildStop, failureLine } from '../../../src/lib/build/failures.ts';

const owner: LockOwner = { pid: 4242, host: 'berita-01', started: '2024-05-01T08:00:00.000Z', processStart: '123456', token: 't' };

describe('parseOwner', () => {
  it('reads a lock Warta wrote, and nothing else', () => {
    expect(parseOwner(JSON.stringify(owner))).toEqual(owner);
    expect(parseOwner(JSON.stringify({ ...owner, processStart: undefined }))).toEqual({ ...owner, processStart: undefined });
    expect(parseOwner('{"pid": "4242"}')).toBeUndefined();
    expect(parseOwner('{"pid": 42')).toBeUndefined();
    expect(parseOwner('null')).toBeUndefined();
  });
});

describe('isAbandoned', () => {
  it('takes over a lock whose build no longer runs on this host', () => {
    expect(isAbandoned(owner, { host: 'berita-01', processOf: () => undefined })).toBe(true);
  });
  it('takes over a lock whose process id another program has since', () => {
    expect(isAbandoned(owner, { host: 'berita-01', processOf: () => ({ processStart: '999' }) })).toBe(true);
  });
  it('keeps a lock whose build runs, or where the system does not say since when', () => {
    expect(isAbandoned(owner, { host: 'berita-01', processOf: () => ({ processStart: '123456' }) })).toBe(false);
    expect(isAbandoned(owner, { host: 'berita-01', processOf: () => ({ processStart: undefined }) })).toBe(false);
  });
  it('never takes over a lock of another host', () => {
    expect(isAbandoned(owner, { host: 'berita-02', processOf: () => undefined })).toBe(false);
  });
  it('names the owner for a person', () => {
    expect(ownerText(owner)).toBe('pid 4242 on host berita-01, started 2024-05-01T08:00:00.000Z');
  });
});

describe('processStartOf', () => {
  it('reads the 22nd field of /proc/<pid>/stat, past a command name with spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, at) => String(at + 3));
    expect(processStartOf(`77 (node (x) y) ${fields.join(' ')}`)).toBe('22');
  });
});

describe('failureLine', () => {
  const errno = (code: string, path?: string) => Object.assign(new Error(`${code}: something`), { code, ...(path ? { path } : {}) });

  it('tells an expected failure in one line: what, where, what to do, and that the site is untouched', () => {
    expect(failureLine(errno('ENOSPC', '/srv/cache/dist/a.html'), '/srv/www/warta')).toBe(
      '[warta] build stopped: no space left on the file system holding /srv/cache/dist/a.html (ENOSPC): free some space there, then build again; /srv/www/warta still holds the last complete site',
    );
    expect(failureLine(errno('EACCES', '/srv/www'))).toBe(
      '[warta] build stopped: permission denied on /srv/www (EACCES): let the user running the build write there, or build into another folder (--outDir, WARTA_CACHE_DIR)',
    );
    expect(failureLine(errno('EROFS', '/mnt/ro'))).toContain('/mnt/ro is on a read-only file system (EROFS)');
    for (const line of ['EPERM', 'EDQUOT', 'ENOTDIR'].map((code) => failureLine(errno(code, '/x')))) expect(line).toMatch(/^\[warta\] build stopped: .*\/x.*$/);
  });

  it('says the stop the build decided on, as it is', () => {
    expect(failureLine(new BuildStop('the output folder /x is a file, not a folder'))).toBe('[warta] the output folder /x is a file, not a folder');
  });

  it('finds an expected failure that a step wrapped', () => {
    expect(failureLine(new Error('the search index could not be written', { cause: errno('ENOSPC', '/c/x.json') }))).toMatch(
      /^\[warta\] build stopped: no space left on the file system holding \/c\/x\.json/,
    );
  });

  it('leaves a bug to its stack trace', () => {
    expect(failureLine(new TypeError('x is undefined'))).toBeUndefined();
    expect(failureLine(errno('EIO', '/x'))).toBeUndefined();
    expect(failureLine('ENOSPC')).toBeUndefined();
    expect(failureLine(new Error('wrapped', { cause: new TypeError('bug') }))).toBeUndefined();
  });
});
