import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import { decideFault } from '../src/service/decide-fault.js';
import { resolveFaultSettings } from '../src/service/fault-settings.js';

/** POSTs a GraphQL query on a fresh connection; a reset becomes its error code. */
function graphql(sandbox: Sandbox, query: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const { url, adminSecret } = sandbox.farosCe;
    const req = request(
      `${url}/v1/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? String(error) }));
    req.end(JSON.stringify({ query }));
  });
}

const QUERY = '{ vcs_Organization_aggregate { aggregate { count } } }';

describe('startSandbox with the real Faros CE', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 4, adminSecret: 'secret-4', services: ['farosCe'] });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('serves Faros CE GraphQL behind the wrapper and counts the calls', async () => {
    expect(sandbox.connectionInfo()).toEqual({ farosCe: { url: sandbox.farosCe.url, adminSecret: 'secret-4' } });
    const answer = await graphql(sandbox, QUERY);
    expect(answer).toEqual({
      status: 200,
      body: JSON.stringify({ data: { vcs_Organization_aggregate: { aggregate: { count: 0 } } } }),
    });
    expect(sandbox.service('farosCe').stats()).toMatchObject({ total: 1, endpoints: { 'POST /v1/graphql': 1 } });
  });

  it('faults Faros CE as the fault model says once switched to flaky', async () => {
    const flaky = { profile: 'flaky', share: 0.5 } as const;
    await sandbox.service('farosCe').setFaults(flaky);
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      const answer = await graphql(sandbox, QUERY);
      seen.push('error' in answer ? answer.error : String(answer.status));
    }
    const settings = resolveFaultSettings(flaky);
    const expected = seen.map((_, attempt) => {
      const d = decideFault(settings, { seed: 4, method: 'POST', target: '/v1/graphql', attempt });
      return d.kind === 'status' ? String(d.status) : d.kind === 'reset' ? 'ECONNRESET' : '200';
    });
    expect(seen).toEqual(expected);
    expect(seen).toContain('200');
    expect(seen.some((s) => s !== '200')).toBe(true);
    await sandbox.service('farosCe').setFaults('none');
  });
});
