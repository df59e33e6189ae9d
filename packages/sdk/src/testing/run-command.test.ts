import { describe, expect, it } from 'vitest';
import { runCommand } from './run-command.js';
import { streamCommand } from './stream-command.js';

const node = process.execPath;
const log = (message: string) => JSON.stringify({ type: 'LOG', log: { level: 'INFO', message } });

describe('runCommand', () => {
  it('parses stdout line by line, keeps other lines with their numbers, and captures stderr and the exit code', async () => {
    const script = `
      console.log(${JSON.stringify(log('one'))});
      console.log('plain text');
      console.log('');
      console.log(${JSON.stringify(log('two'))});
      console.error('to stderr');
      process.exitCode = 3;`;
    const run = await runCommand(node, ['-e', script]);
    expect(run.exitCode).toBe(3);
    expect(run.logs.map((l) => l.message)).toEqual(['one', 'two']);
    expect(run.invalidLines).toEqual([
      { lineNumber: 2, reason: expect.stringContaining('not valid JSON'), text: 'plain text' },
    ]);
    expect(run.stderr).toBe('to stderr\n');
  });

  it('pipes stdin to the child and passes env and cwd', async () => {
    const script = `
      let text = '';
      process.stdin.on('data', (c) => (text += c));
      process.stdin.on('end', () => {
        for (const line of text.trim().split('\\n')) console.log(JSON.stringify({ type: 'LOG', log: { level: 'INFO', message: line } }));
        console.log(JSON.stringify({ type: 'LOG', log: { level: 'INFO', message: process.env.PROBE + ' ' + process.cwd() } }));
      });`;
    const run = await runCommand(node, ['-e', script], {
      stdin: ['a\n', Buffer.from('b\n')],
      env: { PROBE: 'x' },
      cwd: '/',
    });
    expect(run.logs.map((l) => l.message)).toEqual(['a', 'b', 'x /']);
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runCommand('/nonexistent/program', [])).rejects.toThrow(/ENOENT/);
  });
});

describe('streamCommand', () => {
  it('hands lines over while the child runs, and drops what follows a kill', async () => {
    // The child never ends by itself: only handling lines as they arrive can stop it.
    const script = `let n = 0; setInterval(() => console.log(JSON.stringify({ type: 'LOG', log: { level: 'INFO', message: String(++n) } })), 1);`;
    const seen: string[] = [];
    const exit = await streamCommand(node, ['-e', script], {
      onLine: (line, control) => {
        if (line.parsed.ok && line.parsed.message.type === 'LOG') seen.push(line.parsed.message.log.message);
        if (seen.length === 3) control.kill();
      },
    });
    expect(seen).toEqual(['1', '2', '3']);
    expect(exit).toMatchObject({ killed: true, exitCode: null, signal: 'SIGKILL' });
  });

  it('keeps only the first characters of a large stderr', async () => {
    const exit = await streamCommand(node, ['-e', `process.stderr.write('x'.repeat(5000))`], {
      onLine: () => undefined,
      maxStderrChars: 100,
    });
    expect(exit.stderr).toBe(`${'x'.repeat(100)}\n[4900 more characters of stderr not kept]`);
  });
});
