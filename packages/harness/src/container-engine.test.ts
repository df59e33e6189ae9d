import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContainerEngine } from './container-engine.js';

describe('findContainerEngine', () => {
  // A PATH holding fake docker and podman executables, so the choice does not depend on this machine.
  const dir = mkdtempSync(join(tmpdir(), 'engines-'));
  for (const name of ['docker', 'podman']) {
    writeFileSync(join(dir, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, name), 0o755);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prefers docker when both are installed and nothing is asked', () => {
    expect(findContainerEngine(dir, undefined)).toEqual({ name: 'docker', path: join(dir, 'docker') });
  });

  it('takes podman when HARNESS_CONTAINER_ENGINE asks for it', () => {
    expect(findContainerEngine(dir, 'podman')).toEqual({ name: 'podman', path: join(dir, 'podman') });
  });

  it('ignores an unknown engine name and finds none on an empty PATH', () => {
    expect(findContainerEngine(dir, 'lxc')?.name).toBe('docker');
    expect(findContainerEngine('', 'podman')).toBeUndefined();
  });
});
