import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpCall, observe } from './http-call.js';

// The CLI bundled from source, inside the package so that its dependencies resolve from node_modules.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let cli: string;

beforeAll(async () => {
  const cache = join(packageDir, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  dir = await mkdtemp(join(cache, 'sandbox-cli-test-'));
  cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(packageDir, 'src', 'cli.ts')],
    outfile: cli,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  /** The first stdout line. */
  readonly firstLine: Promise<string>;
  /** Resolves with the exit code and everything written. */
  readonly exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function runCli(...args: string[]): Run {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let resolveLine: (line: string) => void = () => {};
  const firstLine = new Promise<string>((resolve) => {
    resolveLine = resolve;
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const end = stdout.indexOf('\n');
    if (end !== -1) resolveLine(stdout.slice(0, end));
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      resolveLine(stdout);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, firstLine, exit };
}

describe('faros-ce-sandbox up (child process)', () => {
  it('prints one JSON line with every service (Faros CE URL and secret among them), serves it, and exits 0 on SIGTERM', async () => {
    const run = runCli('up', '--seed', '3', '--scale', 'small');
    const line = await run.firstLine;
    const info = JSON.parse(line) as { farosCe: { url: string; adminSecret: string } };
    expect(Object.keys(info)).toEqual(['github', 'jira', 'jiraDataCenter', 'jenkins', 'farosCe']);
    expect(info.farosCe.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.farosCe.adminSecret).toMatch(/^[0-9a-f]{32}$/);

    expect((await httpCall(`${info.farosCe.url}/healthz`)).status).toBe(200);
    const stats = JSON.parse((await httpCall(`${info.farosCe.url}/_sandbox/stats`)).body);
    expect(stats).toMatchObject({ service: 'farosCe', total: 1, endpoints: { 'GET /healthz': 1 } });
    const truth = JSON.parse((await httpCall(`${info.farosCe.url}/_sandbox/truth`)).body);
    expect(truth).toMatchObject({ seed: 3, scale: 'small' });

    run.child.kill('SIGTERM');
    const exit = await run.exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toBe(`${line}\n`);
    expect(await observe(`${info.farosCe.url}/healthz`)).toEqual({ error: 'ECONNREFUSED' });
  });

  it('takes the admin secret, faults and data directory from flags, and exits 0 on SIGINT', async () => {
    const dataDir = join(dir, 'data');
    const run = runCli('up', '--faults', 'farosCe=down', '--admin-secret', 's3cret', '--data-dir', dataDir);
    const info = JSON.parse(await run.firstLine) as { farosCe: { url: string; adminSecret: string } };
    expect(info.farosCe.adminSecret).toBe('s3cret');
    expect(await observe(`${info.farosCe.url}/healthz`)).toEqual({ error: 'ECONNREFUSED' });

    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'farosCe'))).toBe(true);
  });

  it('exits 2 with a clear error on --faults bogus, before starting anything', async () => {
    const exit = await runCli('up', '--faults', 'bogus').exit;
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/--faults <spec>.*unknown fault profile "bogus"/s);
    expect(exit.stdout).toBe('');
  });
});
