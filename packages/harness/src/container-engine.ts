import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A container engine found on this machine. */
export interface ContainerEngine {
  readonly name: 'docker' | 'podman';
  /** The executable's full path. */
  readonly path: string;
}

/** The full path of `command` on `PATH`, or undefined. */
export function findOnPath(command: string, path: string | undefined = process.env.PATH): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/**
 * docker if installed, else podman, else undefined: the same choice Airbyte's users make by hand.
 * `HARNESS_CONTAINER_ENGINE=podman` (or `docker`) picks one, for machines with a docker CLI but no
 * daemon beside a working podman.
 */
export function findContainerEngine(
  path: string | undefined = process.env.PATH,
  preferred: string | undefined = process.env.HARNESS_CONTAINER_ENGINE,
): ContainerEngine | undefined {
  const names: readonly ContainerEngine['name'][] =
    preferred === 'podman' || preferred === 'docker' ? [preferred] : ['docker', 'podman'];
  for (const name of names) {
    const found = findOnPath(name, path);
    if (found !== undefined) return { name, path: found };
  }
  return undefined;
}

/**
 * Whether the engine can run containers now: a docker client without a daemon is installed but
 * useless (this is what live tests check before they run an image).
 */
export function engineIsRunning(engine: ContainerEngine | undefined): boolean {
  if (engine === undefined) return false;
  const result = spawnSync(engine.path, ['info'], { stdio: 'ignore', timeout: 10_000 });
  return result.status === 0;
}
