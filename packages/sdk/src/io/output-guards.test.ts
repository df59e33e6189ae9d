import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The guards patch the real process.stdout and stderr, so they are tried in a child process.
// esbuild (already used by the build) bundles a small script with the TypeScript sources.
const SECRET = 'hunter2-S3CR3T';
const CHILD_SCRIPT = `
import { SecretMasker } from './config/secret-masker.js';
import { installOutputGuards } from './io/output-guards.js';

const masker = new SecretMasker([${JSON.stringify(SECRET)}]);
const { stdout, restore } = installOutputGuards(masker);
console.log('library says hello with ${SECRET}');
console.info('info from a library');
process.stdout.write('a direct stdout write\\n');
process.stdout.write(Buffer.from('a buffer on stdout with ${SECRET}\\n'));
console.error('an error naming ${SECRET}');
process.stderr.write(Buffer.from('raw stderr bytes ${SECRET}\\n'));
console.warn('token in url https://bot:pa55@example.com/x');
stdout.write('{"type":"RECORD","record":{"stream":"s","data":{"kept":"${SECRET}"},"emitted_at":1}}\\n');
restore();
process.stdout.write('after restore\\n');
`;

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sdk-output-guards-'));
  bundle = join(dir, 'child.mjs');
  const result = await build({
    stdin: { contents: CHILD_SCRIPT, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  await writeFile(bundle, result.outputFiles[0]!.text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('installOutputGuards (in a child process)', () => {
  it('sends stray stdout writes to stderr and masks secrets there, leaving the protocol stream alone', () => {
    const child = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);

    // stdout carries the protocol line (not masked: records are the connector's data) and nothing stray.
    expect(child.stdout.split('\n')).toEqual([
      `{"type":"RECORD","record":{"stream":"s","data":{"kept":"${SECRET}"},"emitted_at":1}}`,
      'after restore',
      '',
    ]);

    const stderr = child.stderr.split('\n');
    expect(stderr).toEqual([
      'library says hello with ****',
      'info from a library',
      'a direct stdout write',
      'a buffer on stdout with ****',
      'an error naming ****',
      'raw stderr bytes ****',
      'token in url https://example.com/x',
      '',
    ]);
    expect(child.stderr).not.toContain(SECRET);
    expect(child.stderr).not.toContain('pa55');
  });
});
