import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { dataOf, graphql, largestGroup, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 42, scale: 'small' });
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9' });
const viewer = viewerOf('sandbox-admin');

/** The repository with the most milestones. */
const fullName = largestGroup(world.github.milestones, 'milestones');
const [owner, name] = fullName.split('/') as [string, string];
const milestones = world.github.milestones.group(fullName);

type Page = {
  totalCount: number;
  nodes: { number: number; updatedAt: string; createdAt: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

async function pageAll(orderBy: string, first: number): Promise<Page['nodes']> {
  const query = `query($owner: String!, $name: String!, $first: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      milestones(first: $first, after: $after${orderBy}) {
        totalCount nodes { number updatedAt createdAt } pageInfo { hasNextPage endCursor } } } }`;
  const out: Page['nodes'] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data = dataOf(await graphql(endpoint, viewer, query, { owner, name, first, after }));
    const connection = (data.repository as { milestones: Page }).milestones;
    expect(connection.totalCount).toBe(milestones.length);
    out.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return out;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('Repository.milestones orderBy (MilestoneOrder)', () => {
  it('has milestones with distinct update times to order', () => {
    expect(milestones.length).toBeGreaterThan(1);
  });

  it('lists by number when no order is given', async () => {
    const nodes = await pageAll('', 100);
    expect(nodes.map((m) => m.number)).toEqual(milestones.map((m) => m.number).sort((a, b) => a - b));
  });

  it('pages by UPDATED_AT descending, newest update first, ties by number', async () => {
    const nodes = await pageAll(', orderBy: {field: UPDATED_AT, direction: DESC}', 1);
    const expected = [...milestones].sort((a, b) => b.updatedAt - a.updatedAt || b.number - a.number);
    expect(nodes.map((m) => m.number)).toEqual(expected.map((m) => m.number));
    // GitHub's timestamps are whole seconds.
    const newest = Math.max(...milestones.map((m) => m.updatedAt));
    expect(Date.parse(nodes[0]?.updatedAt ?? '')).toBe(newest - (newest % 1000));
  });

  it('pages by CREATED_AT ascending', async () => {
    const nodes = await pageAll(', orderBy: {field: CREATED_AT, direction: ASC}', 2);
    const expected = [...milestones].sort((a, b) => a.createdAt - b.createdAt || a.number - b.number);
    expect(nodes.map((m) => m.number)).toEqual(expected.map((m) => m.number));
  });
});
