import { parseMessage } from '@faros-ce/sdk';
import { createTempDir, streamCommand } from '@faros-ce/sdk/testing';
import { describe, expect, it } from 'vitest';
import { config, recordLine, stateLine, stream, TEST_PROGRAM } from './support/write-harness.js';

const PRS = 'dry__github__test_prs';
// Nothing listens here: a dry run never needs Hasura to convert and count.
const nowhere = { url: 'http://127.0.0.1:9', adminSecret: 'x' };

describe('write: dry run', () => {
  it('echoes each state as it passes, prints the rows, and reports the same statistics, writing nothing', async () => {
    const dir = await createTempDir('faros-destination-dry-');
    const messages: string[] = [];
    let stateSeen: (() => void) | undefined;
    async function* input(): AsyncIterable<string> {
      for (let n = 1; n <= 3; n++) {
        const echoed = new Promise<void>((resolve, reject) => {
          stateSeen = resolve;
          setTimeout(() => reject(new Error(`state ${n} was not echoed before more input came`)), 20_000).unref();
        });
        yield `${recordLine(PRS, { org: 'acme', repo: 'dry', number: n, title: `T${n}`, author: 'zoe' })}\n`;
        yield `${stateLine(PRS, n)}\n`;
        // The next record is sent only once this state came back: a held state would hang the run here.
        await echoed;
      }
    }
    try {
      const cfg = await dir.writeJson('config.json', config(nowhere, { dry_run: true, log_records: true }));
      const catalog = await dir.writeJson('catalog.json', { streams: [stream(PRS)] });
      const exit = await streamCommand(
        process.execPath,
        [TEST_PROGRAM, 'write', '--config', cfg, '--catalog', catalog],
        {
          stdin: input(),
          onLine: (line) => {
            messages.push(line.text);
            const parsed = parseMessage(line.text, line.lineNumber);
            if (parsed.ok && parsed.message.type === 'STATE') stateSeen?.();
          },
        },
      );
      expect(exit.exitCode).toBe(0);
    } finally {
      await dir.remove();
    }
    const parsed = messages.map((m) => JSON.parse(m));
    expect(parsed.filter((m) => m.type === 'STATE').map((m) => m.state.stream.stream_state.cursor)).toEqual([1, 2, 3]);
    const log = parsed.filter((m) => m.type === 'LOG').map((m) => m.log.message as string);
    const rows = log
      .filter((l) => l.startsWith('Dry run row: '))
      .map((l) => JSON.parse(l.slice('Dry run row: '.length)));
    expect(rows.filter((r) => r.model === 'vcs_PullRequest').map((r) => [r.uid, r.title, r.author])).toEqual([
      ['1', 'T1', 'GitHub|zoe'],
      ['2', 'T2', 'GitHub|zoe'],
      ['3', 'T3', 'GitHub|zoe'],
    ]);
    expect(log).toContain('  stream dry__github__test_prs: 3 read, 3 converted, 0 skipped, 0 rejected');
    expect(log).toContain('  model vcs_PullRequest: 3 would be upserted, 0 referenced by key, 0 would be deleted');
  });
});
