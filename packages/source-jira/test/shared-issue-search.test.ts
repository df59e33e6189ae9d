import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { configuredCatalogFrom, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { jiraMs } from '../src/jira-time.js';
import { FLAVORS, type Flavor, jiraConfig, startJiraSandbox, withStateOf } from './jira-sandbox.js';

// `issues` and the issue-child streams share one all-projects search per incremental sync when it
// covers their cursors. No change is lost: each child stream gives exactly the children newer than
// its own per-project cursor (checked against a full refresh), whether it shared the search or, its
// cursors being older than the stream that searched first, searched on its own.
const sandbox = await startJiraSandbox({ seed: 5 });
afterAll(() => sandbox.close());
const { world } = sandbox;
const serviceOf = { cloud: 'jira', data_center: 'jiraDataCenter' } as const;
const searchOf = { cloud: 'GET /rest/api/3/search/jql', data_center: 'GET /rest/api/2/search' } as const;
const CHILDREN = ['issue_comments', 'issue_worklogs', 'issue_changelogs', 'issue_pull_requests'] as const;
const STREAMS = ['issues', ...CHILDREN];

type Cursors = Record<string, { updated?: number }>;
const cursorsOf = (states: readonly AirbyteStateMessage[], stream: string): Cursors =>
  (states.find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state ?? {}) as Cursors;

async function harness(flavor: Flavor, pageSize = 100) {
  const config = jiraConfig(sandbox, flavor, { page_size: pageSize });
  const service = sandbox.service(serviceOf[flavor]);
  const subject = inProcess(new JiraSource());
  const discovered = (await subject.discover(config)).catalog;
  if (!discovered) throw new Error('no catalog');
  const read = async (syncMode: 'incremental' | 'full_refresh', state?: StateInput) => {
    service.resetStats();
    const run = await subject.read(config, configuredCatalogFrom(discovered, { streams: STREAMS, syncMode }), state);
    expect(run.exitCode).toBe(0);
    return { run, searches: service.stats().endpoints[searchOf[flavor]] ?? 0 };
  };
  // What an incremental read from `states` must give: the full refresh's children newer than the
  // cursor of their issue's project.
  const expected = async (states: readonly AirbyteStateMessage[], stream: string): Promise<string[]> => {
    const { run } = await read('full_refresh');
    const projectOf = new Map(run.records('issues').map((r) => [String(r.data.id), String(r.data.projectKey)]));
    const cursors = cursorsOf(states, stream);
    return run
      .records(stream)
      .filter((r) => {
        const cursor = cursors[projectOf.get(String(r.data.issueId)) ?? '']?.updated ?? 0;
        return (jiraMs(r.data.updated) ?? 0) > cursor;
      })
      .map((r) => String(r.data.id ?? r.data.issueId))
      .sort();
  };
  const ids = (run: Awaited<ReturnType<typeof read>>['run'], stream: string): string[] =>
    run
      .records(stream)
      .map((r) => String(r.data.id ?? r.data.issueId))
      .sort();
  return { read, expected, ids };
}

describe.each(FLAVORS)('one issue search shared by the issue streams, %s', (flavor) => {
  it('answers every issue stream with one search, and each gets exactly its new children', async () => {
    const { read, expected, ids } = await harness(flavor);
    const full = await read('incremental');
    const states = full.run.lastStates();
    world.advance(6);
    const next = await read('incremental', states);
    expect(next.searches).toBe(1);
    expect(next.run.records('issues').length).toBeGreaterThan(0);
    for (const stream of CHILDREN) {
      const want = await expected(states, stream);
      expect(ids(next.run, stream), stream).toEqual(want);
      if (stream !== 'issue_pull_requests') expect(want.length, `${stream} has new records`).toBeGreaterThan(0);
    }
    // The streams' cursors stay aligned, so the next sync shares its search again.
    const after = next.run.lastStates();
    for (const stream of CHILDREN) expect(cursorsOf(after, stream), stream).toEqual(cursorsOf(after, 'issues'));
  });

  it('a stream whose cursors are older than the first searcher’s searches on its own and loses nothing', async () => {
    const { read, expected, ids } = await harness(flavor);
    const old = (await read('incremental')).run.lastStates();
    world.advance(6);
    const newer = (await read('incremental', old)).run.lastStates();
    world.advance(6);
    // `issue_comments` resumes from the older state: the shared search (from `issues`' newer
    // cursors) does not cover it.
    const lagging = withStateOf(newer, 'issue_comments', old);
    const next = await read('incremental', lagging);
    expect(next.searches).toBe(2);
    const want = await expected(lagging, 'issue_comments');
    expect(want.length).toBeGreaterThan(0);
    expect(ids(next.run, 'issue_comments')).toEqual(want);
    for (const stream of CHILDREN.slice(1))
      expect(ids(next.run, stream), stream).toEqual(await expected(lagging, stream));
    // The other way round (the first searcher is the older one), the search covers every stream.
    const ahead = withStateOf(next.run.lastStates(), 'issues', newer);
    world.advance(6);
    const last = await read('incremental', ahead);
    expect(last.searches).toBe(1);
    for (const stream of CHILDREN) expect(ids(last.run, stream), stream).toEqual(await expected(ahead, stream));
  });

  it('when the changes do not fit in the shared search’s one page, each stream still gets exactly its new children', async () => {
    const { read, expected, ids } = await harness(flavor, 10);
    const states = (await read('incremental')).run.lastStates();
    world.advance(48);
    const next = await read('incremental', states);
    // More than one search: the shared one did not hold every change.
    expect(next.searches).toBeGreaterThan(1);
    for (const stream of CHILDREN) expect(ids(next.run, stream), stream).toEqual(await expected(states, stream));
  });
});
