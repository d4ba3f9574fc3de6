/**
 * A digest of the code that turns an article into HTML (src/lib) plus the settings, so a cached
 * article is rendered again when the pipeline or the settings change, and only then.
 */
import { createHash } from 'node:crypto';
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function pipelineFingerprint(root: string, settings: string): Promise<string> {
  const hash = createHash('sha256').update(settings);
  const libDir = join(root, 'src', 'lib');
  const files: string[] = [];
  for await (const file of glob('**/*.ts', { cwd: libDir })) files.push(file);
  for (const file of files.sort()) hash.update(file).update(await readFile(join(libDir, file)));
  return hash.digest('hex').slice(0, 16);
}
