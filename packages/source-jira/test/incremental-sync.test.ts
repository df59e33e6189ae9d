import { discoverCatalog, inProcess, type StateInput } from '@faros-ce/sdk/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

const sandbox = await startJiraSandbox({ seed: 5 });
afterAll(() => sandbox.close());

// One world for both flavors: each test advances it, so each flavor reads its own full sync first.
describe.each(FLAVORS)('issues, %s', (flavor) => {
  it('a full sync gives exactly the world’s issues; after an advance (with a move) an incremental one gives exactly the changed issues', async () => {
    const config = jiraConfig(sandbox, flavor);
    const subject = inProcess(new JiraSource());
    const catalog = await discoverCatalog(subject, config, { streams: ['issues'], syncMode: 'incremental' });

    const full = await subject.read(config, catalog);
    expect(full.exitCode).toBe(0);
    const keys = full.records('issues').map((r) => String(r.data.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...sandbox.world.truth().jira.issues.keys].sort());
    const state = full.lastStates() as StateInput;
    const cursors = full.lastStates()[0]?.stream?.stream_state as Record<string, { updated: unknown }>;
    for (const cursor of Object.values(cursors)) expect(typeof cursor.updated).toBe('number'); // epoch ms

    const summary = sandbox.world.advance(1);
    expect(summary.movedJiraIssues.length).toBeGreaterThan(0);
    const moved = summary.movedJiraIssues[0] as { id: string; from: string; to: string };
    const changes = summary.jira.issues ?? { created: [], updated: [], deleted: [] };
    // Moved issues: old key among the deleted, new key among the created.
    const expected = [...changes.created, ...changes.updated].filter(
      (k) => sandbox.world.jira.issues.get(k) !== undefined,
    );

    const next = await subject.read(config, catalog, state);
    expect(next.exitCode).toBe(0);
    const nextKeys = next.records('issues').map((r) => String(r.data.key));
    expect([...nextKeys].sort()).toEqual([...new Set(expected)].sort());
    const movedRecord = next.records('issues').find((r) => r.data.id === moved.id);
    expect(movedRecord?.data).toMatchObject({ key: moved.to, projectKey: moved.to.split('-')[0] });

    // The project the issue left keeps its cursor; a third sync reads nothing new.
    const after = next.lastStates()[0]?.stream?.stream_state as Record<string, { updated: number }>;
    const from = moved.from.split('-')[0] as string;
    expect(after[from]?.updated).toBeGreaterThanOrEqual((cursors[from]?.updated as number) ?? 0);
    const third = await subject.read(config, catalog, next.lastStates() as StateInput);
    expect(third.records('issues')).toEqual([]);
  });
});
