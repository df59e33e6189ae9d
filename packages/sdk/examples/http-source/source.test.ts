import { configuredCatalogFrom, describeSourceConformance, inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExampleServer, employee, startExampleServer } from './server.ts';
import { ExampleSource } from './source.ts';

const TOKEN = 'example-token-7d1f0c';
// Started at import: the conformance suite takes its config when the tests are declared.
const server: ExampleServer = await startExampleServer({ token: TOKEN, employees: 120, notesPerDepartment: 25 });
const config = (): Record<string, unknown> => ({ api_url: server.url, api_token: TOKEN, checkpoint_every: 40 });
afterAll(() => server.close());

describe('example source', () => {
  // The SDK's acceptance checks, as every connector built on it runs them.
  describeSourceConformance({ describe, it }, 'the example source', {
    subject: inProcess(new ExampleSource()),
    config: config(),
    invalidConfig: { ...config(), api_token: 'wrong-token' },
  });

  it('reads every record, checkpointing employees every 40 records', async () => {
    const subject = inProcess(new ExampleSource());
    const discovered = (await subject.discover(config())).catalog;
    if (!discovered) throw new Error('no catalog');
    const run = await subject.read(
      config(),
      configuredCatalogFrom(discovered, { syncMode: 'incremental', fallbackToFullRefresh: true }),
    );
    expect(run.exitCode).toBe(0);
    expect(run.records('departments')).toHaveLength(4);
    expect(run.records('employees').map((r) => r.data.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(run.records('notes')).toHaveLength(100);
    const employeeStates = run.states('employees');
    expect(employeeStates.map((s) => s.sourceStats?.recordCount)).toEqual([40, 40, 40]);
    expect(employeeStates.at(-1)?.stream?.stream_state).toEqual({ updated_at: employee(120).updated_at });
    const estimate = run.traces('ESTIMATE')[0]?.estimate;
    expect(estimate).toMatchObject({ name: 'employees', type: 'STREAM', row_estimate: 120 });
    expect(run.traces('ANALYTICS')[0]?.analytics).toEqual({ type: 'example-source.departments', value: '4' });
  });

  it('asks the platform to store a rotated token (CONTROL)', async () => {
    const rotating = await startExampleServer({ token: TOKEN, rotateTokenTo: 'rotated-token-99ab' });
    try {
      const subject = inProcess(new ExampleSource());
      const cfg = { api_url: rotating.url, api_token: TOKEN };
      const catalog = configuredCatalogFrom((await subject.discover(cfg)).catalog ?? { streams: [] }, {
        streams: ['departments'],
      });
      const run = await subject.read(cfg, catalog);
      const control = run.messages.find((m) => m.type === 'CONTROL');
      expect(control?.control?.connectorConfig?.config).toMatchObject({ api_token: 'rotated-token-99ab' });
    } finally {
      await rotating.close();
    }
  });
});
