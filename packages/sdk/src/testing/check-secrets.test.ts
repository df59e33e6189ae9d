import { describe, expect, it } from 'vitest';
import type { ReadContext } from '../source/stream.js';
import { checkSecretsNotInOutput } from './check-secrets.js';
import { configuredCatalogFrom } from './configured-catalog-from.js';
import { ConnectorRun } from './connector-run.js';
import { inProcess } from './connector-under-test.js';
import { Employees, GOOD_CONFIG, GOOD_TOKEN, type MemoryConfig, MemorySource } from './fixtures/memory-source.js';

/** Puts the token into a record: records are not masked, so the check must catch it. */
class LeaksToken extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    return super.rows(ctx).map((r) => ({ ...r, name: `${r.name} ${ctx.config.token}` }));
  }
}

/** Logs the token: the SDK masks LOG messages, so nothing leaks. */
class LogsToken extends Employees {
  override rows(ctx: ReadContext<MemoryConfig>) {
    ctx.logger.info(`using token ${ctx.config.token}`);
    return super.rows(ctx);
  }
}

async function readWith(stream: Employees): Promise<ConnectorRun> {
  const subject = inProcess(new MemorySource(() => [stream]));
  const discovered = (await subject.discover(GOOD_CONFIG)).catalog;
  if (!discovered) throw new Error('no catalog');
  return subject.read(GOOD_CONFIG, configuredCatalogFrom(discovered));
}

describe('checkSecretsNotInOutput', () => {
  it('reports the message holding a secret, never the secret itself', async () => {
    const result = checkSecretsNotInOutput([await readWith(new LeaksToken())], [GOOD_TOKEN]);
    expect(result.failures[0]).toEqual({
      rule: 'secret-in-output',
      message: 'run 1: message 3 (RECORD) contains secret #1',
    });
    expect(result.failures).toHaveLength(23);
    expect(JSON.stringify(result.failures)).not.toContain(GOOD_TOKEN);
  });

  it('passes output where the SDK masked the secret', async () => {
    const run = await readWith(new LogsToken());
    expect(run.logs.some((l) => l.message === 'using token ****')).toBe(true);
    expect(checkSecretsNotInOutput([run], [GOOD_TOKEN]).failures).toEqual([]);
  });

  it('looks in stderr, in lines that are not messages, and for JSON-escaped and encoded forms', () => {
    const secret = 'pa"ss/wörd';
    const run = new ConnectorRun({
      exitCode: 0,
      messages: [{ type: 'LOG', log: { level: 'INFO', message: `url ?p=${encodeURIComponent(secret)}` } }],
      invalidLines: [
        { lineNumber: 4, reason: 'not valid JSON', text: `debug ${Buffer.from(secret).toString('base64')}` },
      ],
      stderr: `ok\nfailed with ${secret}\n`,
    });
    expect(checkSecretsNotInOutput([run], [secret, '', 7]).failures.map((f) => f.message)).toEqual([
      'run 1: message 1 (LOG) contains secret #1',
      'run 1: stdout line 4 contains secret #1',
      'run 1: stderr line 2 contains secret #1',
    ]);
  });
});
