import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, config, query, recordLine, stateLine, stream, TEST_PROGRAM, write } from './support/write-harness.js';

let sandbox: Sandbox;
let target: { url: string; adminSecret: string };
beforeAll(async () => {
  sandbox = await startSandbox({ services: ['farosCe'], seed: 5 });
  target = sandbox.farosCe;
});
afterAll(() => sandbox?.close());

const PRS = 'down__github__test_prs';
const pr = (n: number) => recordLine(PRS, { org: 'acme', repo: 'down', number: n });
const numbers = async (): Promise<number[]> =>
  (
    await query<{ vcs_PullRequest: { number: number }[] }>(
      target,
      '{ vcs_PullRequest(where: {repository: {_eq: "GitHub|acme|down"}}, order_by: {number: asc}) { number } }',
    )
  ).vcs_PullRequest.map((p) => p.number);

describe('write: Hasura failures', () => {
  it('Hasura going down mid-run: retries, transient_error, no state for unwritten rows; a rerun completes', async () => {
    const farosCe = sandbox.service('farosCe');
    const first = Array.from({ length: 10 }, (_, n) => pr(n));
    const second = [...Array.from({ length: 10 }, (_, n) => pr(10 + n)), stateLine(PRS, 'second')];
    async function* input(): AsyncIterable<string> {
      yield* first;
      yield stateLine(PRS, 'first');
      // Hasura goes down once the first batch is in.
      for (let i = 0; i < 200 && (await numbers()).length < 10; i++) await new Promise((r) => setTimeout(r, 25));
      await farosCe.setFaults('down');
      yield* second;
    }
    const cfg = config(target, { batch_size: 10, max_retries: 2, retry_delay_ms: 20 });
    const run = await write(TEST_PROGRAM, cfg, [stream(PRS)], input());
    await farosCe.setFaults('none');
    expect(run.exitCode).toBe(1);
    expect(run.errors().map((e) => e.failure_type)).toEqual(['transient_error']);
    expect(run.errors()[0]?.message).toMatch(
      /Hasura at .* is unreachable or failing: .*ECONNREFUSED.*after 3 attempts/,
    );
    const acknowledged = run.states().map((s) => (s.stream!.stream_state as { cursor: string }).cursor);
    expect(acknowledged).toEqual(['first']);
    expect(await numbers()).toEqual(Array.from({ length: 10 }, (_, n) => n));
    // The platform resumes from the last acknowledged state: the source sends what came after it.
    const rerun = await write(TEST_PROGRAM, cfg, [stream(PRS)], second);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.states().map((s) => (s.stream!.stream_state as { cursor: string }).cursor)).toEqual(['second']);
    expect(await numbers()).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('Hasura unreachable from the start: transient_error, exit 1', async () => {
    const unreachable = { url: 'http://127.0.0.1:9', adminSecret: 'x' };
    const run = await write(TEST_PROGRAM, config(unreachable, { max_retries: 1 }), [stream(PRS)], [pr(1)]);
    expect(run.exitCode).toBe(1);
    expect(run.errors().map((e) => e.failure_type)).toEqual(['transient_error']);
  });

  it('a wrong admin secret: config_error in write, a FAILED check that says so', async () => {
    const wrong = { url: target.url, adminSecret: 'not-the-secret' };
    const run = await write(TEST_PROGRAM, config(wrong), [stream(PRS)], [pr(1)]);
    expect(run.exitCode).toBe(1);
    expect(run.errors().map((e) => [e.failure_type, e.message])).toEqual([
      ['config_error', expect.stringContaining('refused the admin secret (hasura_admin_secret)')],
    ]);
    const checked = await check(TEST_PROGRAM, config(wrong));
    expect(checked.connectionStatus?.status).toBe('FAILED');
    expect(checked.connectionStatus?.message).toContain('refused the admin secret');
  });

  it('check succeeds against a reachable Hasura with the right secret', async () => {
    const checked = await check(TEST_PROGRAM, config(target));
    expect(checked.connectionStatus).toEqual({ status: 'SUCCEEDED' });
  });
});
