import { type ConnectorRun, discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

const sandbox = await startJiraSandbox({ seed: 11 });
afterAll(() => sandbox.close());

// Short backoffs: the faults, not the waits, are under test (rate-limit waits still follow Retry-After).
const source = () => new JiraSource({ retry: { baseDelayMs: 5, maxDelayMs: 50 } });

/** Every stream's records, as sorted JSON lines. */
function content(run: ConnectorRun): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of run.records()) {
    out[r.stream] ??= [];
    out[r.stream]?.push(JSON.stringify(r.data));
  }
  for (const lines of Object.values(out)) lines.sort();
  return out;
}

describe.each(FLAVORS)('a full sync of %s under faults', (flavor) => {
  const service = flavor === 'cloud' ? 'jira' : 'jiraDataCenter';

  it.each(['flaky', 'rate-limited'] as const)('under %s equals a fault-free one', async (profile) => {
    const config = jiraConfig(sandbox, flavor);
    const catalog = await discoverCatalog(inProcess(source()), config);
    await sandbox.service(service).setFaults('none');
    const clean = await inProcess(source()).read(config, catalog);
    expect(clean.exitCode).toBe(0);

    await sandbox.service(service).setFaults(profile);
    sandbox.service(service).resetStats();
    try {
      const faulted = await inProcess(source()).read(config, catalog);
      const stats = sandbox.service(service).stats();
      const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
      expect(faults).toBeGreaterThan(0); // the profile did bite
      expect(faulted.exitCode).toBe(0);
      expect(content(faulted)).toEqual(content(clean));
    } finally {
      await sandbox.service(service).setFaults('none');
    }
  });
});
