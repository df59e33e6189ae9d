import { describe, expect, it } from 'vitest';
import type { ConnectorSpecification } from '../protocol/generated.js';
import { specMessage } from '../protocol/messages.js';
import { checkSpec } from './check-spec.js';
import { inProcess } from './connector-under-test.js';
import { fakeConnector } from './fixtures/fake-connector.js';
import { GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';

class LeakySpecSource extends MemorySource {
  override spec(): ConnectorSpecification {
    return { connectionSpecification: { type: 'object', properties: { api_token: { type: 'string' } } } };
  }
}

describe('checkSpec', () => {
  it('passes a source whose spec is clean and matches the config', async () => {
    const result = await checkSpec(inProcess(new MemorySource()), { config: GOOD_CONFIG });
    expect(result).toMatchObject({ check: 'spec', passed: true, failures: [] });
  });

  it('reports lint failures and a config that does not match', async () => {
    const lint = await checkSpec(inProcess(new LeakySpecSource()));
    expect(lint.failures).toEqual([
      expect.objectContaining({ rule: 'secret-not-marked', path: 'properties.api_token' }),
    ]);
    const config = await checkSpec(inProcess(new MemorySource()), { config: { rows: 3 } });
    expect(config.failures).toEqual([expect.objectContaining({ rule: 'config-does-not-match-spec', path: 'token' })]);
  });

  it('reports a program that prints two specs or none', async () => {
    const spec = specMessage({ connectionSpecification: { type: 'object' } });
    const two = await checkSpec(fakeConnector({ spec: { lines: [spec, spec] } }));
    expect(two.failures.map((f) => f.message)).toEqual(['spec printed 2 SPEC messages, not 1']);
    const none = await checkSpec(fakeConnector({}));
    expect(none.failures.map((f) => f.rule)).toEqual(['exit-code', 'one-spec']);
  });
});
