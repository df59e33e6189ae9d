import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built bin, as a user runs it (npm run build first).
const bin = fileURLToPath(new URL('../bin/airbyte-harness.js', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harness-test-cli-'));
const config = join(dir, 'config.yaml');
writeFileSync(config, `items: 6\napi_key: \${BROKEN_KEY}\n`);

function harness(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, BROKEN_KEY: 'sup3r-s3cret-value' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('airbyte-harness test (CLI)', () => {
  it('prints each check and exits 1 for a source with LEGACY states', () => {
    const run = harness('test', `node ${fixture('broken-source.mjs')} legacy-state`, '--config', config);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✓ spec\n/);
    expect(run.stdout).toMatch(/✗ basic read\n\s+\[state-legacy\] LEGACY state/);
    expect(run.stdout).toMatch(/source .*broken-source\.mjs legacy-state: \d+ of 9 checks failed/);
    expect(run.stdout).not.toContain('sup3r-s3cret-value');
  });

  it('exits 0 with --json for a correct destination, and 2 naming an unknown connector or unset variable', () => {
    const ok = harness('test', `node ${fixture('broken-destination.mjs')} none`, '--config', config, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'destination', passed: true });
    const unknown = harness('test', 'no-such-connector-anywhere', '--config', config);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown connector 'no-such-connector-anywhere'");
    const unset = spawnSync(
      process.execPath,
      [bin, 'test', `node ${fixture('broken-source.mjs')} none`, '--config', config],
      {
        encoding: 'utf8',
        env: { ...process.env, BROKEN_KEY: undefined },
      },
    );
    expect(unset.status).toBe(2);
    expect(unset.stderr).toContain('the variable BROKEN_KEY is not set');
  });
});
