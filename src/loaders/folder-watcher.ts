/**
 * In `astro dev`: the articles folder watched with Node's own `fs.watch`, one watch per folder
 * (the folder and each bundle in it), instead of Vite's watcher. Given a folder of 20,000 files,
 * Vite's watcher set up a watch per file at every start (1.5 s) and listed and stat-ed the whole
 * folder again on every edit (0.8 s); `fs.watch` of the folder reports the changed name at once.
 * astro.config.mjs keeps Vite's watcher out of the folder when it lies inside the project.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

type Closer = () => void;

/**
 * Watches of earlier loads, by folder: Astro loads the collection again when the content config
 * changes, and each load watches anew. Kept on globalThis because that load may come from a new
 * instance of this module (Vite evaluates the content config again).
 */
const registry: Map<string, Closer> = ((globalThis as { [key: symbol]: unknown })[Symbol.for('warta.folderWatchers')] ??= new Map<string, Closer>()) as Map<string, Closer>;

/**
 * Calls `onPath` with the path of every name that is created, changed, renamed or deleted in
 * `folder` or in one of its subfolders (one level: bundles), and with `<subfolder>/index.md`
 * when a subfolder comes or goes. The caller checks what is there now. Replaces any earlier
 * watch of the same folder.
 */
export async function watchFolder(folder: string, onPath: (path: string) => void, onError: (error: Error) => void): Promise<void> {
  registry.get(folder)?.();
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const close = () => {
    closed = true;
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    registry.delete(folder);
  };
  registry.set(folder, close);

  const watchOne = (path: string, onName: (name: string) => void) => {
    if (closed || watchers.has(path)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(path, { persistent: false }, (_event, name) => name && onName(name.toString()));
    } catch (error) {
      // A bundle removed between listing and watching is reported by the folder's own watch.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error as Error);
      return;
    }
    watcher.on('error', () => {
      // A deleted bundle's watch ends; the folder's watch reports the deletion.
      watcher.close();
      watchers.delete(path);
    });
    watchers.set(path, watcher);
  };
  const watchBundle = (name: string) => {
    const bundle = join(folder, name);
    watchOne(bundle, (inner) => onPath(join(bundle, inner)));
  };
  watchOne(folder, (name) => {
    const path = join(folder, name);
    onPath(path);
    void stat(path).then(
      (stats) => {
        if (!stats.isDirectory()) return;
        watchBundle(name);
        // A bundle moved in whole: its index.md was never reported by its own watch.
        onPath(join(path, 'index.md'));
      },
      () => {
        // Gone: so is the bundle's index.md, if it was one.
        onPath(join(path, 'index.md'));
        watchers.get(path)?.close();
        watchers.delete(path);
      },
    );
  });
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) if (entry.isDirectory() || entry.isSymbolicLink()) watchBundle(entry.name);
}
