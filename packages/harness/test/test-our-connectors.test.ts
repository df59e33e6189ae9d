import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConnectionText } from '../src/demo/demo-connections.js';
import { resolveConnector } from '../src/runner.js';
import { connectorSubject } from '../src/testing/connector-subject.js';
import { type TestReport, testConnector } from '../src/testing/test-connector.js';

// `airbyte-harness test` on our four connectors, run from their dist/ as the CLI runs them.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2, scale: 'small' });
});
afterAll(() => sandbox?.close());

/** The source and destination configs the demo would use for this sandbox. */
function configs(source: 'github' | 'jira' | 'jenkins'): { source: unknown; destination: unknown } {
  const orgs = sandbox.world.truth().github.organizations.keys;
  const connection = JSON.parse(demoConnectionText(source, sandbox.connectionInfo(), orgs));
  return { source: connection.source.config, destination: connection.destination.config };
}

function failures(report: TestReport): string[] {
  return report.checks.flatMap((c) => c.failures.map((f) => `${c.name}: [${f.rule}] ${f.message}`));
}

describe('airbyte-harness test on our connectors', () => {
  for (const [source, wrong] of [
    ['jenkins', { token: 'not-the-token' }],
    ['jira', { api_token: 'not-the-token' }],
    ['github', { credentials: { option_title: 'PAT Credentials', personal_access_token: 'ghp_wrong' } }],
  ] as const) {
    it(`passes the ${source} source`, { timeout: 600_000 }, async () => {
      const config = configs(source).source as Record<string, unknown>;
      const report = await testConnector({
        subject: connectorSubject(resolveConnector(source)),
        config,
        invalidConfig: { ...config, ...wrong },
      });
      expect(failures(report)).toEqual([]);
      expect(report.kind).toBe('source');
      expect(report.checks.map((c) => c.name)).toEqual([
        'spec',
        'check succeeds',
        'check fails',
        'discover',
        'basic read',
        'unknown stream',
        'two full refreshes',
        'incremental',
        'future state',
        'secrets not in output',
      ]);
    });
  }

  it('passes the Faros destination, with synthetic and with real records', async () => {
    const config = configs('jenkins').destination as { edition_configs: Record<string, unknown> };
    const subject = connectorSubject(resolveConnector('faros'));
    const invalidConfig = { edition_configs: { ...config.edition_configs, hasura_admin_secret: 'wrong' } };
    const synthetic = await testConnector({ subject, config, invalidConfig });
    expect(failures(synthetic)).toEqual([]);
    expect(synthetic.checks.map((c) => c.name)).toEqual(['spec', 'check succeeds', 'check fails', 'state echo']);
    const jenkins = connectorSubject(resolveConnector('jenkins'));
    const discovered = await jenkins.discover(configs('jenkins').source);
    const read = await jenkins.read(configs('jenkins').source, {
      streams: (discovered.catalog?.streams ?? []).map((stream) => ({
        stream,
        sync_mode: 'full_refresh',
        destination_sync_mode: 'append',
      })),
    });
    const records: Record<string, Record<string, unknown>[]> = {};
    for (const r of read.records()) {
      const name = `t__jenkins__${r.stream}`;
      records[name] = [...(records[name] ?? []), r.data];
    }
    expect(Object.keys(records).sort()).toEqual(['t__jenkins__builds', 't__jenkins__jobs']);
    const real = await testConnector({ subject, config, records });
    expect(failures(real)).toEqual([]);
    const builds = (await fetch(`${sandbox.farosCe.url}/v1/graphql`, {
      method: 'POST',
      headers: { 'x-hasura-admin-secret': sandbox.farosCe.adminSecret },
      body: JSON.stringify({ query: '{ cicd_Build_aggregate(where: {origin: {_eq: "t"}}) { aggregate { count } } }' }),
    }).then((r) => r.json())) as { data: { cicd_Build_aggregate: { aggregate: { count: number } } } };
    // The echoed states came after the rows were committed: every build is in Faros CE.
    expect(builds.data.cicd_Build_aggregate.aggregate.count).toBe(records.t__jenkins__builds?.length);
  });
});
