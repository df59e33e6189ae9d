import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient, type Logger } from '@faros-ce/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { JenkinsClient } from './jenkins-client.js';
import type { ApiItem } from './jenkins-types.js';
import { JobFilter } from './job-filter.js';
import { SharedWalk, type SharedWalkOptions } from './shared-walk.js';

// A controller: the top level holds a job and a folder `team` with two jobs; `team` can be made to
// fail (500) to cut a walk short.
const job = (name: string, last: number | null): ApiItem => ({
  _class: 'hudson.model.FreeStyleProject',
  name,
  buildable: true,
  lastBuild: last === null ? null : { number: last },
});
const folder = (name: string): ApiItem => ({ _class: 'Folder', name, jobs: [{ name: 'x' }] });
const TREE: Record<string, ApiItem[]> = {
  '/api/json': [job('seed', 4), folder('team')],
  '/job/team/api/json': [job('web', 12), job('new', null)],
};

let server: Server | undefined;
let failTeam = false;
let requests = 0;
afterEach(() => {
  server?.close();
  server = undefined;
  failTeam = false;
  requests = 0;
});

async function walkOf(options: Partial<SharedWalkOptions> = {}): Promise<SharedWalk> {
  server = createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://x');
    const items = TREE[url.pathname];
    if (items === undefined || (failTeam && url.pathname.startsWith('/job/team/'))) {
      res.writeHead(items === undefined ? 404 : 500, { 'content-type': 'text/html' }).end('<html></html>');
      return;
    }
    const range = /\{(\d+),(\d+)\}$/.exec(url.searchParams.get('tree') ?? '');
    const page = items.slice(Number(range?.[1]), Number(range?.[2]));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jobs: page }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const http = createHttpClient({ baseUrl: `http://127.0.0.1:${port}/`, retry: { maxRetries: 0 } });
  return new SharedWalk({
    client: new JenkinsClient(http),
    filter: new JobFilter(),
    depth: undefined,
    pageSize: 10,
    ...options,
  });
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
    expect(requests).toBe(2);
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

    failTeam = true;
    await expect(drain(walk, true)).rejects.toThrow();
    expect(walk.takeJobs()).toBeUndefined();
    failTeam = false;

    const small = await walkOf({ maxJobs: 2 });
    expect(await drain(small, true)).toEqual(['seed', 'team', 'team/web', 'team/new']);
    expect(small.takeJobs()).toBeUndefined();
    const enough = await walkOf({ maxJobs: 3 });
    await drain(enough, true);
    expect(enough.takeJobs()?.map((j) => j.fullName)).toEqual(['seed', 'team/web', 'team/new']);
  });
});
