import { describe, expect, it } from 'vitest';
import { connectionStatusMessage, errorTraceMessage } from '../protocol/messages.js';
import { checkConnection } from './check-connection.js';
import { inProcess } from './connector-under-test.js';
import { fakeConnector } from './fixtures/fake-connector.js';
import { GOOD_CONFIG, type MemoryConfig, MemorySource } from './fixtures/memory-source.js';

class CrashingSource extends MemorySource {
  override async check(): Promise<never> {
    throw new Error('bug in check');
  }
}

const rules = (r: { failures: readonly { rule: string }[] }) => r.failures.map((f) => f.rule);

describe('checkConnection', () => {
  const subject = inProcess(new MemorySource());

  it('passes when check answers as expected', async () => {
    expect((await checkConnection(subject, GOOD_CONFIG, 'SUCCEEDED')).failures).toEqual([]);
    expect((await checkConnection(subject, { token: 'wrong' } satisfies MemoryConfig, 'FAILED')).failures).toEqual([]);
    expect((await checkConnection(inProcess(new CrashingSource()), GOOD_CONFIG, 'ERROR')).failures).toEqual([]);
  });

  it('reports the wrong status with the message check gave', async () => {
    const result = await checkConnection(subject, { token: 'wrong' }, 'SUCCEEDED');
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      { rule: 'connection-status', message: 'check said FAILED: the token is refused, expected SUCCEEDED' },
    ]);
    expect(result.runs).toHaveLength(1);
  });

  it('reports a crash where a status was expected, and a status where a crash was expected', async () => {
    expect(rules(await checkConnection(inProcess(new CrashingSource()), GOOD_CONFIG))).toEqual([
      'exit-code',
      'connection-status',
    ]);
    expect(rules(await checkConnection(subject, GOOD_CONFIG, 'ERROR'))).toEqual([
      'exit-code',
      'connection-status',
      'error-trace',
    ]);
  });

  it('reports two statuses and lines that are not messages', async () => {
    const fake = fakeConnector({
      check: { lines: ['checking...', connectionStatusMessage('SUCCEEDED'), connectionStatusMessage('SUCCEEDED')] },
    });
    const result = await checkConnection(fake, GOOD_CONFIG);
    expect(result.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^check: stdout line 1 is not a message/),
      'check printed 2 CONNECTION_STATUS messages, not 1',
    ]);
  });

  it('reports an error without a message', async () => {
    const fake = fakeConnector({
      check: { lines: [errorTraceMessage({ message: '', failureType: 'system_error' })], exitCode: 1 },
    });
    expect(rules(await checkConnection(fake, GOOD_CONFIG, 'ERROR'))).toEqual(['error-trace']);
  });
});
