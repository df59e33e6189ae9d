import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT_USAGE, runCli } from './run-cli.js';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stopSignal: () => new Promise<string>(() => {}),
  };
}

const run = async (...args: string[]) => {
  const io = capture();
  const code = await runCli(['node', 'faros-ce-sandbox', ...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
};

describe('runCli flag errors', () => {
  it.each([
    [['up', '--faults', 'bogus'], /unknown fault profile "bogus"/],
    [['up', '--faults', 'gitlab=flaky'], /unknown service "gitlab"/],
    [['up', '--scale', 'huge'], /argument 'huge' is invalid.*small, medium, large/],
    [['up', '--seed', 'x'], /the seed must be a non-negative integer/],
    [['up', '--seed', '-3'], /non-negative integer|unknown option/],
    [['up', '--nope'], /unknown option '--nope'/],
    [['down'], /unknown command 'down'/],
    [[], /Usage: faros-ce-sandbox/],
  ])('%j exits 2 with a clear message and prints nothing on stdout', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('--help exits 0', async () => {
    const result = await run('up', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--faults <spec>/);
  });
});
