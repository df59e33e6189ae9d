import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { jiraConfig, startJiraSandbox } from './jira-sandbox.js';

const sandbox = await startJiraSandbox();
afterAll(() => sandbox.close());

describe('a state written by Airbyte’s Jira source', () => {
  it('is not understood: issues are read in full once, then our own per-project state takes over', async () => {
    const config = jiraConfig(sandbox, 'cloud');
    const subject = inProcess(new JiraSource());
    const catalog = await discoverCatalog(subject, config, { streams: ['issues'], syncMode: 'incremental' });
    // Airbyte's low-code per-partition cursor, partitioned by project id.
    const airbyteState = [
      {
        type: 'STREAM' as const,
        stream: {
          stream_descriptor: { name: 'issues' },
          stream_state: {
            states: [
              {
                partition: { project_id: '10000', parent_slice: {} },
                cursor: { updated: '2099-01-01T00:00:00.000+0000' },
              },
            ],
            use_global_cursor: false,
          },
        },
      },
    ];
    const run = await subject.read(config, catalog, airbyteState);
    expect(run.exitCode).toBe(0);
    expect(run.records('issues')).toHaveLength(sandbox.world.truth().jira.issues.count);
    const state = run.lastStates()[0]?.stream?.stream_state as Record<string, unknown>;
    for (const key of sandbox.world.truth().jira.projects.keys)
      expect(state[key]).toMatchObject({ updated: expect.any(Number) });
  });
});
