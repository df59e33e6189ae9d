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

async function drain(walk: SharedWalk, keep: boolean): Promise<string[]> {
  const names: string[] = [];
  for await (const item of walk.items(logger, undefined, keep)) names.push(item.fullName);
  return names;
}

describe('SharedWalk', () => {
  it('hands the selected jobs of a completed walk over once, without folders or excluded jobs', async () => {
    const walk = await walkOf({ filter: new JobFilter([], ['seed']) });
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

    for await (const item of walk.items(logger, undefined, true)) if (item.fullName === 'team') break;
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
});
