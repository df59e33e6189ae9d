import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { dataOf, graphql, largestGroup, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 1, scale: 'small' });
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9' });
const viewer = viewerOf('sandbox-admin');

/** The repository with the most deployments. */
const fullName = largestGroup(world.github.deployments, 'deployments');
const [owner, name] = fullName.split('/') as [string, string];
const deployments = world.github.deployments.group(fullName);
/** GitHub's `DateTime`: whole seconds. */
const seconds = (ms: number) => `${new Date(ms - (ms % 1000)).toISOString().slice(0, 19)}Z`;

type Node = {
  databaseId: number;
  createdAt: string;
  updatedAt: string;
  environment: string;
  latestStatus: { state: string; createdAt: string } | null;
};
type Page = { totalCount: number; nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function pageAll(args: string, first: number): Promise<{ totalCount: number; nodes: Node[] }> {
  const query = `query($owner: String!, $name: String!, $first: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      deployments(first: $first, after: $after${args}) {
        totalCount
        nodes { databaseId createdAt updatedAt environment latestStatus { state createdAt } }
        pageInfo { hasNextPage endCursor } } } }`;
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data = dataOf(await graphql(endpoint, viewer, query, { owner, name, first, after }));
    const connection = (data.repository as { deployments: Page }).deployments;
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return { totalCount: connection.totalCount, nodes };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('Repository.deployments (DeploymentOrder)', () => {
  it('has several deployments, some with more than one status', () => {
    expect(deployments.length).toBeGreaterThan(2);
    expect(deployments.some((d) => d.statuses.length > 1)).toBe(true);
  });

  it('lists oldest first by default, with the times REST gives and the latest status', async () => {
    const { totalCount, nodes } = await pageAll('', 100);
    expect(totalCount).toBe(deployments.length);
    const expected = [...deployments].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    expect(nodes.map((d) => d.databaseId)).toEqual(expected.map((d) => d.id));
    for (const [i, d] of expected.entries()) {
      const node = nodes[i] as Node;
      expect(node.createdAt).toBe(seconds(d.createdAt));
      // The same `updated_at` REST lists: it moves with each new status.
      expect(node.updatedAt).toBe(seconds(d.updatedAt));
      const latest = d.statuses.at(-1);
      expect(node.latestStatus).toEqual(
        latest ? { state: latest.state.toUpperCase(), createdAt: seconds(latest.createdAt) } : null,
      );
    }
  });

  it('pages by CREATED_AT descending, newest first', async () => {
    const { nodes } = await pageAll(', orderBy: {field: CREATED_AT, direction: DESC}', 2);
    const expected = [...deployments].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
    expect(nodes.map((d) => d.databaseId)).toEqual(expected.map((d) => d.id));
  });

  it('lists only the environments asked for', async () => {
    const environment = deployments[0]?.environment as string;
    const { totalCount, nodes } = await pageAll(`, environments: [${JSON.stringify(environment)}]`, 100);
    const expected = deployments.filter((d) => d.environment === environment);
    expect(expected.length, 'the repository deploys to other environments too').toBeLessThan(deployments.length);
    expect(totalCount).toBe(expected.length);
    expect(new Set(nodes.map((d) => d.environment))).toEqual(new Set([environment]));
  });

  it('gives each deployment its statuses, newest first', async () => {
    const d = deployments.find((x) => x.statuses.length > 1);
    if (!d) throw new Error('no deployment with several statuses');
    const query = `query($owner: String!, $name: String!) {
      repository(owner: $owner, name: $name) {
        deployments(first: 100) { nodes { databaseId statuses(first: 10) { totalCount nodes { state } } } } } }`;
    const data = dataOf(await graphql(endpoint, viewer, query, { owner, name }));
    const nodes = (data.repository as { deployments: { nodes: { databaseId: number; statuses: Page }[] } }).deployments
      .nodes;
    const statuses = nodes.find((n) => n.databaseId === d.id)?.statuses as unknown as {
      totalCount: number;
      nodes: { state: string }[];
    };
    expect(statuses.totalCount).toBe(d.statuses.length);
    expect(statuses.nodes.map((s) => s.state)).toEqual([...d.statuses].reverse().map((s) => s.state.toUpperCase()));
  });
});
