import { randomUUID } from 'node:crypto';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, logs, query, recordLine, stateLine, stream, TEST_PROGRAM, write } from './support/write-harness.js';

let ce: RunningFarosCe;
let target: { url: string; adminSecret: string };
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
  target = { url: ce.url, adminSecret: ce.adminSecret };
});
afterAll(() => ce?.close());

const PRS = 'o1__github__test_prs';
const USERS = 'o1__github__test_users';

interface Pr {
  id: string;
  uid: string;
  title: string | null;
  origin: string;
  repository: string;
  author: string | null;
  createdAt: string | null;
}

async function pullRequests(): Promise<Pr[]> {
  const data = await query<{ vcs_PullRequest: Pr[] }>(
    target,
    '{ vcs_PullRequest(order_by: {id: asc}) { id uid title origin repository author createdAt } }',
  );
  return data.vcs_PullRequest;
}

describe('write: upserts through Hasura', () => {
  it('writes rows with pkey ids and joined references, echoes states, and logs the summary', async () => {
    const lines = [
      recordLine(PRS, {
        org: 'Acme',
        repo: 'web',
        number: 1,
        title: 'One',
        author: 'ann',
        created_at: '2024-01-02T03:04:05Z',
      }),
      recordLine(PRS, { org: 'Acme', repo: 'web', number: 2, title: 'Two' }),
      stateLine(PRS, 2),
      recordLine('o1__github__nothing', { x: 1 }),
    ];
    const run = await write(TEST_PROGRAM, config(target), [stream(PRS), stream('o1__github__nothing')], lines);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.states().map((s) => s.destinationStats?.recordCount)).toEqual([2]);
    expect(await pullRequests()).toEqual([
      {
        id: 'GitHub|Acme|web|1',
        uid: '1',
        title: 'One',
        origin: 'o1',
        repository: 'GitHub|Acme|web',
        author: 'GitHub|ann',
        createdAt: '2024-01-02T03:04:05+00:00',
      },
      {
        id: 'GitHub|Acme|web|2',
        uid: '2',
        title: 'Two',
        origin: 'o1',
        repository: 'GitHub|Acme|web',
        author: null,
        createdAt: null,
      },
    ]);
    // The repository and the author are only referenced: written by key, without this stream's origin.
    const refs = await query<{
      vcs_Repository: { id: string; origin: string | null }[];
      vcs_User: { origin: string | null }[];
    }>(target, '{ vcs_Repository { id origin } vcs_User { origin } }');
    expect(refs).toEqual({ vcs_Repository: [{ id: 'GitHub|Acme|web', origin: null }], vcs_User: [{ origin: null }] });
    const log = logs(run);
    expect(log).toContain('Stream o1__github__test_prs: converter github/test_prs, origin o1');
    expect(log).toContain('Stream o1__github__nothing: no converter; its records will be skipped');
    expect(log).toContain('  stream o1__github__test_prs: 2 read, 2 converted, 0 skipped, 0 rejected');
    expect(log).toContain('  stream o1__github__nothing: 1 read, 0 converted, 1 skipped, 0 rejected');
    expect(log).toContain('  model vcs_PullRequest: 2 upserted, 0 referenced by key, 0 deleted');
  });

  it('leaves the same rows when the same input is written twice (idempotent)', async () => {
    const lines = [
      recordLine(PRS, { org: 'Acme', repo: 'api', number: 7, title: 'Seven', author: 'bob' }),
      stateLine(PRS, 7),
    ];
    const snapshot = async () =>
      query(
        target,
        '{ vcs_PullRequest(order_by: {id: asc}) { id uid title origin author repository number } vcs_User(order_by: {id: asc}) { id name origin } vcs_Repository(order_by: {id: asc}) { id origin } }',
      );
    expect((await write(TEST_PROGRAM, config(target), [stream(PRS)], lines)).exitCode).toBe(0);
    const first = await snapshot();
    expect((await write(TEST_PROGRAM, config(target), [stream(PRS)], lines)).exitCode).toBe(0);
    expect(await snapshot()).toEqual(first);
    expect(JSON.stringify(first)).toContain('GitHub|Acme|api|7');
  });

  it('keeps every column of a user written in full, whether its bare reference comes before or after', async () => {
    const before = [
      recordLine(PRS, { org: 'Acme', repo: 'web', number: 3, author: 'carol' }),
      recordLine(USERS, { login: 'carol', name: 'Carol C', email: 'carol@example.com' }),
    ];
    const after = [
      recordLine(USERS, { login: 'dave', name: 'Dave D', email: 'dave@example.com' }),
      recordLine(PRS, { org: 'Acme', repo: 'web', number: 4, author: 'dave' }),
    ];
    for (const lines of [before, after]) {
      for (const line of lines) {
        // One run per record, so the reference and the full row meet in the database, not in one batch.
        expect((await write(TEST_PROGRAM, config(target), [stream(PRS), stream(USERS)], [line])).exitCode).toBe(0);
      }
    }
    const users = await query<{ vcs_User: unknown[] }>(
      target,
      '{ vcs_User(where: {uid: {_in: ["carol", "dave"]}}, order_by: {uid: asc}) { id uid name email origin } }',
    );
    expect(users.vcs_User).toEqual([
      { id: 'GitHub|carol', uid: 'carol', name: 'Carol C', email: 'carol@example.com', origin: 'o1' },
      { id: 'GitHub|dave', uid: 'dave', name: 'Dave D', email: 'dave@example.com', origin: 'o1' },
    ]);
  });

  it("merges one batch's rows by natural key: a bare reference and a full row become the full row", async () => {
    const lines = [
      recordLine(PRS, { org: 'Acme', repo: 'web', number: 5, author: 'erin' }),
      recordLine(USERS, { login: 'erin', name: 'Erin E' }),
      recordLine(PRS, { org: 'Acme', repo: 'web', number: 5, title: 'Five' }),
    ];
    const run = await write(TEST_PROGRAM, config(target, { origin: 'cfg' }), [stream(PRS), stream(USERS)], lines);
    expect(run.exitCode).toBe(0);
    const data = await query<{ vcs_PullRequest: unknown[]; vcs_User: unknown[] }>(
      target,
      '{ vcs_PullRequest(where: {uid: {_eq: "5"}}) { title author origin } vcs_User(where: {uid: {_eq: "erin"}}) { name origin } }',
    );
    // The second record of PR 5 carries no author: the author stays.
    expect(data).toEqual({
      vcs_PullRequest: [{ title: 'Five', author: 'GitHub|erin', origin: 'cfg' }],
      vcs_User: [{ name: 'Erin E', origin: 'cfg' }],
    });
  });

  it("leaves a referenced commit's origin and columns alone when a Jenkins build points at it", async () => {
    const COMMITS = 'gh__github__test_commits';
    const BUILDS = 'jk__jenkins__test_builds';
    const commit = recordLine(COMMITS, { org: 'Acme', repo: 'web', sha: 'abc', message: 'fix it' });
    expect((await write(TEST_PROGRAM, config(target), [stream(COMMITS)], [commit])).exitCode).toBe(0);
    const build = recordLine(BUILDS, {
      host: 'ci.example.com',
      job: 'web/main',
      number: 9,
      org: 'Acme',
      repo: 'web',
      sha: 'abc',
    });
    expect((await write(TEST_PROGRAM, config(target), [stream(BUILDS)], [build])).exitCode).toBe(0);
    const data = await query<{ vcs_Commit: unknown[]; cicd_BuildCommitAssociation: unknown[] }>(
      target,
      '{ vcs_Commit(where: {sha: {_eq: "abc"}}) { id origin message } cicd_BuildCommitAssociation { build commit origin } }',
    );
    expect(data).toEqual({
      vcs_Commit: [{ id: 'GitHub|Acme|web|abc', origin: 'gh', message: 'fix it' }],
      cicd_BuildCommitAssociation: [
        { build: 'Jenkins|ci.example.com|web/main|9', commit: 'GitHub|Acme|web|abc', origin: 'jk' },
      ],
    });
  });
});
