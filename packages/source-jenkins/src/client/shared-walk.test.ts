import type { Logger } from '@faros-ce/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeFolders, type FolderTree, serveFolders } from './fake-folders.js';
import type { ApiItem } from './jenkins-types.js';
import { JobFilter } from './job-filter.js';
import { SharedWalk, type SharedWalkOptions } from './shared-walk.js';

// A controller: the top level holds a job and a folder `team` with two jobs.
const job = (name: string, last: number | null): ApiItem => ({
  _class: 'hudson.model.FreeStyleProject',
  name,
  buildable: true,
  lastBuild: last === null ? null : { number: last },
});
const TREE: FolderTree = {
  '': [job('seed', 4), { _class: 'Folder', name: 'team' }],
  team: [job('web', 12), job('new', null)],
};

let fake: FakeFolders | undefined;
afterEach(() => fake?.close());

async function walkOf(options: Partial<SharedWalkOptions> = {}): Promise<SharedWalk> {
  fake = await serveFolders(TREE);
  return new SharedWalk({ client: fake.client, filter: new JobFilter(), depth: undefined, pageSize: 10, ...options });
}

const logger: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function drain(walk: SharedWalk, keep: boolean, forBuilds = true): Promise<string[]> {
  const names: string[] = [];
  for await (const item of walk.items(logger, undefined, { keep, forBuilds })) names.push(item.fullName);
  return names;
}

describe('SharedWalk', () => {
  it('hands the selected jobs of a completed walk over once, without folders or excluded jobs', async () => {
    const walk = await walkOf({ filter: new JobFilter([], ['seed']), recentBuilds: 0 });
    expect(walk.takeJobs()).toBeUndefined();
    expect(await drain(walk, true)).toEqual(['team', 'team/web', 'team/new']);
    expect(fake?.requests).toEqual(['']);
    expect(walk.takeJobs()).toEqual([
      { names: ['team', 'web'], fullName: 'team/web', lastBuild: 12 },
      { names: ['team', 'new'], fullName: 'team/new', lastBuild: null },
    ]);
    // Taken once: a later stream walks again.
    expect(walk.takeJobs()).toBeUndefined();
  });

  it('keeps nothing from a walk not asked to keep, stopped early, failed, or over maxJobs', async () => {
    const walk = await walkOf();
    await drain(walk, false);
    expect(walk.takeJobs()).toBeUndefined();

    for await (const item of walk.items(logger, undefined, { keep: true, forBuilds: true }))
      if (item.fullName === 'team') break;
    expect(walk.takeJobs()).toBeUndefined();

    // Pages of one item: `team` is read on from its first item, and that request fails.
    const failing = await walkOf({ pageSize: 1 });
    fake?.failing.add('team');
    await expect(drain(failing, true)).rejects.toThrow();
    expect(failing.takeJobs()).toBeUndefined();
    fake?.close();

    fake?.close();
    const small = await walkOf({ maxJobs: 2 });
    expect(await drain(small, true)).toEqual(['seed', 'team', 'team/web', 'team/new']);
    expect(small.takeJobs()).toBeUndefined();
    fake?.close();
    const enough = await walkOf({ maxJobs: 3 });
    await drain(enough, true);
    expect(enough.takeJobs()?.map((j) => j.fullName)).toEqual(['seed', 'team/web', 'team/new']);
  });

  it('keeps the newest builds each page listed, within a budget of builds, past which jobs keep none', async () => {
    const newest = (last: number) => Array.from({ length: last }, (_, i) => ({ number: last - i }));
    const tree: FolderTree = {
      '': [
        { ...job('a', 3), builds: newest(3) },
        { ...job('b', 2), builds: newest(2) },
        { ...job('c', 1), builds: newest(1) },
      ],
    };
    fake = await serveFolders(tree);
    const walk = new SharedWalk({ client: fake.client, filter: new JobFilter(), depth: undefined, pageSize: 10 });
    await drain(walk, true);
    // The default: 3 newest builds a job, newest first; `b` has 2, all its history.
    expect(walk.takeJobs()?.map((j) => [j.fullName, j.recent])).toEqual([
      ['a', { builds: newest(3), asked: 3 }],
      ['b', { builds: newest(2), asked: 3 }],
      ['c', { builds: newest(1), asked: 3 }],
    ]);
    // Two builds a job, a budget of 3: `a` (2) fits, `b` (2) does not and keeps none, `c` (1) fits what is left.
    const budget = new SharedWalk({
      client: fake.client,
      filter: new JobFilter(),
      depth: undefined,
      pageSize: 10,
      recentBuilds: 2,
      maxKeptBuilds: 3,
    });
    await drain(budget, true);
    expect(budget.takeJobs()?.map((j) => [j.fullName, j.recent?.builds.map((b) => b.number)])).toEqual([
      ['a', [3, 2]],
      ['b', undefined],
      ['c', [1]],
    ]);
  });

  it('lists no builds and keeps no jobs when the builds stream will not read them', async () => {
    const tree: FolderTree = { '': [{ ...job('a', 2), builds: [{ number: 2 }, { number: 1 }] }] };
    fake = await serveFolders(tree);
    const walk = new SharedWalk({ client: fake.client, filter: new JobFilter(), depth: undefined, pageSize: 10 });
    expect(await drain(walk, true, false)).toEqual(['a']);
    expect(fake.trees).toHaveLength(1);
    expect(fake.trees[0]).not.toContain('builds');
    expect(walk.takeJobs()).toBeUndefined();
    // The same walk for `builds` asks each job's newest builds.
    await drain(walk, true);
    expect(fake.trees[1]).toContain('builds');
    expect(walk.takeJobs()?.[0]?.recent?.builds.map((b) => b.number)).toEqual([2, 1]);
  });
});
