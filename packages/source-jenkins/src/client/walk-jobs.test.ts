import type { Logger } from '@faros-ce/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeFolders, type FolderTree, serveFolders } from './fake-folders.js';
import type { ApiItem } from './jenkins-types.js';
import { JobFilter } from './job-filter.js';
import { walkJobs } from './walk-jobs.js';

const job = (name: string): ApiItem => ({ _class: 'hudson.model.FreeStyleProject', name, buildable: true });
const folder = (name: string): ApiItem => ({ _class: 'com.cloudbees.hudson.plugins.folder.Folder', name });
// `small` fits in the top level's page, `big` does not (5 items, pages of 3), `big/deep` is listed
// there two levels down, and `big/deep/deeper` three levels down: by name only.
const TREE: FolderTree = {
  '': [folder('small'), folder('big'), job('top'), folder('empty')],
  small: [job('s1'), job('s2')],
  big: [job('b1'), folder('deep'), job('b3'), job('b4'), job('b5')],
  'big/deep': [job('d1'), folder('deeper')],
  'big/deep/deeper': [job('x1')],
  empty: [],
};

let fake: FakeFolders | undefined;
afterEach(() => fake?.close());
const logger: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function walk(pageSize: number, depth?: number): Promise<{ items: string[]; requests: string[] }> {
  fake = await serveFolders(TREE);
  const items: string[] = [];
  for await (const item of walkJobs(fake.client, { filter: new JobFilter(), depth, pageSize, logger })) {
    items.push(`${item.fullName}${item.isFolder ? '/' : ''}`);
  }
  return { items, requests: fake.requests };
}

describe('walkJobs', () => {
  it('reads the subfolders listed in a page without asking them again, and reads on those that filled it', async () => {
    const { items, requests } = await walk(3);
    expect(items).toEqual([
      'small/',
      'small/s1',
      'small/s2',
      'big/',
      'big/b1',
      'big/deep/',
      'big/deep/d1',
      'big/deep/deeper/',
      'big/deep/deeper/x1',
      'big/b3',
      'big/b4',
      'big/b5',
      'top',
      'empty/',
    ]);
    // The top level in two pages (the second lists `empty`, complete: it is empty); the first lists
    // `small`, the first items of `big` and all of `deep`; `deeper` (listed by name only, three
    // levels down) once; `big` on from its fourth item.
    expect(requests).toEqual(['', 'big/deep/deeper', 'big', '']);
    // A folder's first page lists two levels below its items; a page read on from there, one.
    expect(fake?.trees[0]).toMatch(/jobs\[name\]\{0,1\}\]\{0,3\}\]\{0,3\}\]\{0,3\}$/);
    expect(fake?.trees[2]).toMatch(/jobs\[[^\]]*\],lastCompletedBuild.*,jobs\[name\]\{0,1\}\]\{0,3\}\]\{3,6\}$/);
  });

  it('asks each job at every level of a page for its newest builds when told to, and lists them', async () => {
    const withBuilds = (item: ApiItem, newest: number): ApiItem => ({
      ...item,
      builds: Array.from({ length: newest }, (_, i) => ({ number: newest - i })),
    });
    fake = await serveFolders({
      '': [withBuilds(job('top'), 5), folder('small')],
      small: [withBuilds(job('s1'), 1)],
    });
    const listed = new Map<string, number[] | undefined>();
    const options = { filter: new JobFilter(), depth: undefined, pageSize: 10, logger, recent: 2 };
    for await (const item of walkJobs(fake.client, options)) {
      listed.set(
        item.fullName,
        item.item.builds?.map((b) => b.number),
      );
    }
    expect(Object.fromEntries(listed)).toEqual({ top: [5, 4], small: undefined, 'small/s1': [1] });
    expect(fake.requests).toEqual(['']);
    // `builds[…]{0,2}` for the page's items and for the items it lists one and two levels down.
    expect(fake.trees[0]?.match(/builds\[number,[^{]*\{0,2\}/g)).toHaveLength(3);

    // Not told to: no builds asked, none listed.
    fake.close();
    fake = await serveFolders({ '': [withBuilds(job('top'), 5)] });
    for await (const item of walkJobs(fake.client, { ...options, recent: undefined })) {
      expect(item.item.builds).toBeUndefined();
    }
    expect(fake.trees[0]).not.toContain('builds[');
  });

  it('lists no subfolder items beyond the depth it walks', async () => {
    const top = await walk(10, 0);
    expect(top.items).toEqual(['small/', 'big/', 'top', 'empty/']);
    expect(top.requests).toEqual(['']);
    fake?.close();
    const one = await walk(10, 1);
    expect(one.items).toEqual([
      'small/',
      'small/s1',
      'small/s2',
      'big/',
      'big/b1',
      'big/deep/',
      'big/b3',
      'big/b4',
      'big/b5',
      'top',
      'empty/',
    ]);
    expect(one.requests).toEqual(['']);
    fake?.close();
    const two = await walk(10, 2);
    expect(two.items).toContain('big/deep/deeper/');
    expect(two.items).not.toContain('big/deep/deeper/x1');
    expect(two.requests).toEqual(['']);
  });
});
