import axios, { type AxiosInstance } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import type { JenkinsBuild } from '../src/world/index.js';

// A CI source's walk of Jenkins, with axios as the HTTP client: folders recursively, builds paged by
// `{M,N}` ranges over allBuilds. The world is medium-sized so some jobs have more than 100 builds.

interface Item {
  readonly _class: string;
  readonly name: string;
  readonly fullName: string;
  readonly url: string;
  readonly jobs?: Item[];
}

interface BuildSummary {
  readonly number: number;
  readonly result: string | null;
  readonly building: boolean;
  readonly timestamp: number;
  readonly url: string;
  readonly actions: { _class?: string; lastBuiltRevision?: { SHA1: string }; remoteUrls?: string[] }[];
}

const FOLDER_CLASSES = new Set([
  'com.cloudbees.hudson.plugins.folder.Folder',
  'org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject',
  'jenkins.branch.OrganizationFolder',
]);
const ITEM = '_class,name,fullName,url';
const BUILD = 'number,result,building,timestamp,url,actions[lastBuiltRevision[SHA1],remoteUrls]';
const PAGE = 100;

describe('a Jenkins client (axios) walking the simulator', () => {
  let sandbox: Sandbox;
  let client: AxiosInstance;
  beforeAll(async () => {
    sandbox = await startSandbox({ services: ['jenkins'], seed: 11, scale: 'medium' });
    const info = sandbox.connectionInfo().jenkins;
    if (!info) throw new Error('no Jenkins');
    client = axios.create({ baseURL: info.url, auth: { username: info.user, password: info.token } });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  /** GETs `<url>api/json` with a tree; `url` is absolute (from an answer) or the root. */
  const api = async <T>(url: string, tree: string): Promise<T> => {
    const answer = await client.get<T>(`${url}api/json`, { params: { tree } });
    expect(answer.headers['x-jenkins']).toBeTruthy();
    return answer.data;
  };

  it('finds every item by recursing into folder-like items through the URLs Jenkins gives', async () => {
    const found: Item[] = [];
    const walk = async (url: string): Promise<void> => {
      const { jobs } = await api<{ jobs: Item[] }>(url, `jobs[${ITEM}]`);
      for (const item of jobs) {
        found.push(item);
        if (FOLDER_CLASSES.has(item._class)) await walk(item.url);
      }
    };
    await walk(`${client.defaults.baseURL}/`);
    const world = [...sandbox.world.jenkins.jobs.values()];
    expect(found.map((i) => i.fullName).sort()).toEqual(world.map((j) => j.fullName).sort());
    for (const item of found) {
      expect(item._class).toBe(sandbox.world.jenkins.jobs.get(item.fullName)?.className);
    }
  });

  it('finds every item with one nested tree, paging the top level with {M,N}', async () => {
    const nested = `${ITEM},jobs[${ITEM},jobs[${ITEM},jobs[${ITEM},jobs[*]]]]`;
    const found: string[] = [];
    const flatten = (items: readonly Item[]): void => {
      for (const item of items) {
        found.push(item.fullName);
        flatten(item.jobs ?? []);
      }
    };
    for (let from = 0; ; from += 2) {
      const { jobs } = await api<{ jobs: Item[] }>(
        `${client.defaults.baseURL}/`,
        `jobs[${nested}]{${from},${from + 2}}`,
      );
      if (jobs.length === 0) break;
      flatten(jobs);
    }
    expect(found.sort()).toEqual([...sandbox.world.jenkins.jobs.keys()].sort());
  });

  it('pages allBuilds in slices of 100 and gets every build with its checkouts; builds stops at 100', async () => {
    let longest = 0;
    for (const job of sandbox.world.jenkins.jobs.values()) {
      if (!job.buildable) continue;
      const { url } = await api<{ url: string }>(
        `${client.defaults.baseURL}/${job.fullName
          .split('/')
          .map((n) => `job/${encodeURIComponent(n)}/`)
          .join('')}`,
        'url',
      );
      const builds: BuildSummary[] = [];
      for (let from = 0; ; from += PAGE) {
        const page = await api<{ allBuilds: BuildSummary[] }>(url, `allBuilds[${BUILD}]{${from},${from + PAGE}}`);
        builds.push(...page.allBuilds);
        if (page.allBuilds.length < PAGE) break;
      }
      const world = [...sandbox.world.jenkins.builds.group(job.fullName)].reverse();
      longest = Math.max(longest, world.length);
      expect(builds.map((b) => b.number)).toEqual(world.map((b) => b.number));
      builds.forEach((b, i) => {
        const w = world[i] as JenkinsBuild;
        expect([b.result, b.building, b.timestamp, b.url]).toEqual([
          w.result,
          w.building,
          w.timestamp,
          `${url}${w.number}/`,
        ]);
        const checkouts = b.actions.filter((a) => a._class === 'hudson.plugins.git.util.BuildData');
        expect(checkouts.map((a) => [a.lastBuiltRevision?.SHA1, a.remoteUrls])).toEqual(
          w.revisions.map((r) => [r.sha, [`https://github.com/${r.repo}.git`]]),
        );
      });
      const capped = await api<{ builds: { number: number }[] }>(url, 'builds[number]');
      expect(capped.builds.map((b) => b.number)).toEqual(world.slice(0, 100).map((b) => b.number));
    }
    // the medium world has jobs past the cap, so paging and the cap were both exercised
    expect(longest).toBeGreaterThan(PAGE);
  });
});
