import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory for a run's input files (config, catalog, state). */
export interface TempDir {
  readonly path: string;
  /** Writes `value` as JSON to `name` in the directory; resolves to the file's path. */
  writeJson(name: string, value: unknown): Promise<string>;
  /** Deletes the directory and everything in it. */
  remove(): Promise<void>;
}

/** Creates a temporary directory under the OS temp dir. Remove it when done (see {@link withTempDir}). */
export async function createTempDir(prefix = 'faros-sdk-testing-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    writeJson: async (name, value) => {
      const file = join(path, name);
      // Config files hold secrets: readable by the owner only.
      await writeFile(file, JSON.stringify(value), { mode: 0o600 });
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** Runs `fn` with a temporary directory that is removed afterwards, whatever happens. */
export async function withTempDir<T>(fn: (dir: TempDir) => Promise<T>): Promise<T> {
  const dir = await createTempDir();
  try {
    return await fn(dir);
  } finally {
    await dir.remove();
  }
}
