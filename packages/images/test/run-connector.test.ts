import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The images' entry script, run with sh against a fake cgroup tree and a fake `node` that prints
// the arguments it was given: no container needed.
const script = fileURLToPath(new URL('../../../scripts/images/run-connector.sh', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'run-connector-'));
const bin = join(dir, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'node'), '#!/bin/sh\nprintf "%s\\n" "$@"\n');
chmodSync(join(bin, 'node'), 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let roots = 0;
/** Starts the script with a cgroup tree holding `files`; returns node's arguments. */
function run(files: Record<string, string>, env: Record<string, string> = {}): string[] {
  const root = join(dir, `cgroup-${roots++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${content}\n`);
  }
  const result = spawnSync('sh', [script, 'read', '--config', '/config/c.json'], {
    env: { PATH: `${bin}:/usr/bin:/bin`, CGROUP_ROOT: root, ...env },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n');
}

const app = join(fileURLToPath(new URL('../../../scripts/images/', import.meta.url)), 'main.js');
const mib = 1024 * 1024;

describe('run-connector.sh', () => {
  it('gives the heap 75% of a cgroup v2 memory.max, and passes the command through', () => {
    expect(run({ 'memory.max': String(512 * mib) })).toEqual([
      `--max-old-space-size=${(512 * 75) / 100}`,
      app,
      'read',
      '--config',
      '/config/c.json',
    ]);
  });

  it('reads cgroup v1 memory.limit_in_bytes and honours AIRBYTE_HEAP_PERCENT', () => {
    const args = run({ 'memory/memory.limit_in_bytes': String(2048 * mib) }, { AIRBYTE_HEAP_PERCENT: '50' });
    expect(args[0]).toBe('--max-old-space-size=1024');
  });

  it("leaves Node's default without a limit: v2 max, v1's huge number, no cgroup files", () => {
    const cases: Record<string, string>[] = [
      { 'memory.max': 'max' },
      { 'memory/memory.limit_in_bytes': '9223372036854771712' },
      {},
    ];
    for (const files of cases) {
      expect(run(files)[0]).toBe(app);
    }
  });

  it('keeps at least 64 MiB, and lets a heap size in NODE_OPTIONS win', () => {
    expect(run({ 'memory.max': String(32 * mib) })[0]).toBe('--max-old-space-size=64');
    expect(run({ 'memory.max': String(512 * mib) }, { NODE_OPTIONS: '--max-old-space-size=100' })[0]).toBe(app);
  });
});
