/** Clears the built sites of earlier runs before the tests, and this run's after them. */
import { rmSync } from 'node:fs';
import { BUILDS_DIR } from './build-site.ts';

export default function setup(): () => void {
  rmSync(BUILDS_DIR, { recursive: true, force: true });
  return () => rmSync(BUILDS_DIR, { recursive: true, force: true });
}
