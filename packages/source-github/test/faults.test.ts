import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 4 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

/** Every record of a full sync, as sorted JSON lines per stream. */
async function fullSync(
  source: GithubSource,
): Promise<{ exitCode: number | null; records: Record<string, string[]>; rateLimited: number }> {
  const subject = inProcess(source);
  const catalog = await discoverCatalog(subject, gh.config);
  const run = await subject.read(gh.config, catalog);
  const records: Record<string, string[]> = {};
  for (const configured of catalog.streams) {
    const name = configured.stream.name;
    records[name] = run
      .records(name)
      .map((r) => JSON.stringify(r.data))
      .sort();
  }
  const rateLimited = run
    .traces('STREAM_STATUS')
    .filter((t) => t.stream_status?.status === 'RUNNING' && (t.stream_status.reasons ?? []).length > 0).length;
  return { exitCode: run.exitCode, records, rateLimited };
}

describe('under faults', () => {
  it('a full sync gives exactly the records of a fault-free sync (flaky, then rate-limited)', async () => {
    await github.setFaults('none');
    const clean = await fullSync(new GithubSource());
    expect(clean.exitCode).toBe(0);

    await github.setFaults({ profile: 'flaky', share: 0.25 });
    github.resetStats();
    // Short backoff: the sandbox lets the third attempt of a request through.
    const flaky = await fullSync(new GithubSource({ retryBaseMs: 10 }));
    const faulted = github.stats().faults;
    expect(faulted['502'] + faulted['503'] + faulted.reset).toBeGreaterThan(50);
    expect(flaky.exitCode).toBe(0);
    expect(flaky.records).toEqual(clean.records);

    await github.setFaults({ profile: 'rate-limited', share: 0.05, resetSeconds: 1 });
    github.resetStats();
    const limited = await fullSync(new GithubSource());
    expect(github.stats().faults.rateLimited).toBeGreaterThan(10);
    expect(limited.exitCode).toBe(0);
    expect(limited.records).toEqual(clean.records);
    // While the client waits on a limit, the stream says so (RUNNING with a RATE_LIMITED reason).
    expect(limited.rateLimited).toBeGreaterThan(0);
    await github.setFaults('none');
  }, 900_000);
});
