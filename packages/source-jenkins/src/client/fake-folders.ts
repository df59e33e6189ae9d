// Test support (not exported): a Jenkins that serves folder listings over HTTP, as `tree=` asks.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '@faros-ce/sdk';
import { JenkinsClient } from './jenkins-client.js';
import type { ApiItem } from './jenkins-types.js';
import { jobPath } from './job-path.js';

/** A controller's items by folder full name (`''`: the top level); a folder is an item named in here. */
export type FolderTree = Record<string, readonly ApiItem[]>;

/** A running fake, the client for it, and the folder paths it was asked for, in order. */
export interface FakeFolders {
  readonly client: JenkinsClient;
  readonly requests: string[];
  /** The `tree=` of each request, in order. */
  readonly trees: string[];
  /** Folders answering 500 from now on. */
  readonly failing: Set<string>;
  close(): void;
}

/**
 * Serves `<folder>/api/json?tree=jobs[…]{M,N}`: items in order, folders with `jobs` — their first
 * item's name for `jobs[name]{0,1}`, or their first K items when the tree nests `jobs[…]{0,K}`, and
 * so on at every level the tree nests. A job's `builds` (newest first) are served as `builds[…]{0,B}` asks: the
 * first B, or none when the tree does not name them.
 */
export async function serveFolders(tree: FolderTree): Promise<FakeFolders> {
  const byPath = new Map(
    Object.keys(tree).map((full) => [`/${jobPath(full === '' ? [] : full.split('/'))}api/json`, full]),
  );
  const requests: string[] = [];
  const trees: string[] = [];
  const failing = new Set<string>();
  // `levels`: how many items of a folder to list, then of each of theirs...; none left: the marker.
  let recent: number | undefined;
  const withJobs = (full: string, listed: ApiItem, levels: readonly number[]): ApiItem => {
    const { builds, ...rest } = listed;
    const item = builds !== undefined && recent !== undefined ? { ...rest, builds: builds.slice(0, recent) } : rest;
    const childPath = full === '' ? String(item.name) : `${full}/${String(item.name)}`;
    const children = tree[childPath];
    if (children === undefined) return item;
    const [range, ...deeper] = levels;
    if (range === undefined) return { ...item, jobs: children.slice(0, 1).map((c) => ({ name: c.name })) };
    return { ...item, jobs: children.slice(0, range).map((c) => withJobs(childPath, c, deeper)) };
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const full = byPath.get(url.pathname);
    if (full !== undefined) requests.push(full);
    if (full === undefined || failing.has(full)) {
      res.writeHead(full === undefined ? 404 : 500, { 'content-type': 'text/html' }).end('<html></html>');
      return;
    }
    const spec = url.searchParams.get('tree') ?? '';
    trees.push(spec);
    // `…jobs[name]{0,1}]{0,K2}]{0,K1}]{M,N}`: the nested ranges, innermost first, then the page's.
    const shape = /jobs\[name\]\{0,1\}((?:\]\{0,\d+\})*)\]\{(\d+),(\d+)\}$/.exec(spec);
    const levels = [...(shape?.[1] ?? '').matchAll(/\{0,(\d+)\}/g)].map((m) => Number(m[1])).reverse();
    const builds = /builds\[.*?\]\{0,(\d+)\}/.exec(spec);
    recent = builds ? Number(builds[1]) : undefined;
    const page = (tree[full] ?? []).slice(Number(shape?.[2]), Number(shape?.[3]));
    const body = { jobs: page.map((item) => withJobs(full, item, levels)) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const http = createHttpClient({ baseUrl: `http://127.0.0.1:${port}/`, retry: { maxRetries: 0 } });
  return { client: new JenkinsClient(http), requests, trees, failing, close: () => server.close() };
}
