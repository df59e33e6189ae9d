import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file so that a reader, or a process killed at any instant, sees the old content or the
 * new one, never a mix: write a sibling temp file, flush it, rename it over the target.
 */
export async function atomicWrite(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, content, { flush: true, mode: 0o600 });
  await rename(temp, path);
}

/** {@link atomicWrite} for places that cannot wait (exit handlers). */
export function atomicWriteSync(path: string, content: string): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, content, { flush: true, mode: 0o600 });
  renameSync(temp, path);
}
