import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { dataOf, graphql, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 42, scale: 'small' });
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9' });
const viewer = viewerOf('sandbox-admin');
const repos = [...world.github.repositories.values()].slice(0, 3);

/** The owning organisation's people (type User), by login: REST's assignees and collaborators. */
const peopleOf = (owner: string) =>
  [...world.github.users.values()]
    .filter((u) => u.type === 'User' && u.orgs.includes(owner))
    .map((u) => u.login)
    .sort();

const admins = (owner: string) =>
  new Set(
    world.github.teams
      .group(owner)
      .filter((t) => t.permission === 'admin')
      .flatMap((t) => t.members),
  );

const BATCH = `query Batch($o0: String!, $n0: String!, $o1: String!, $n1: String!, $o2: String!, $n2: String!) {
  ${[0, 1, 2]
    .map(
      (i) => `r${i}: repository(owner: $o${i}, name: $n${i}) {
    assignableUsers(first: 100) { pageInfo { hasNextPage } nodes { login databaseId } }
    collaborators(first: 100, affiliation: ALL) { edges { permission node { login } } }
    tags: refs(refPrefix: "refs/tags/", first: 100) { nodes { id name target { __typename oid } } }
  }`,
    )
    .join('\n  ')}
}`;

type Repo = {
  assignableUsers: { pageInfo: { hasNextPage: boolean }; nodes: { login: string; databaseId: number }[] };
  collaborators: { edges: { permission: string; node: { login: string } }[] };
  tags: { nodes: { id: string; name: string; target: { __typename: string; oid: string } }[] };
};

describe('a repository batch (aliases) with assignable users, collaborators and tags', async () => {
  const variables = Object.fromEntries(
    repos.flatMap((r, i) => [
      [`o${i}`, r.owner],
      [`n${i}`, r.name],
    ]),
  );
  const data = dataOf(await graphql(endpoint, viewer, BATCH, variables));

  it('lists the people REST lists, with their REST ids', () => {
    repos.forEach((repo, i) => {
      const { assignableUsers } = data[`r${i}`] as Repo;
      expect(assignableUsers.nodes.map((u) => u.login)).toEqual(peopleOf(repo.owner));
      for (const u of assignableUsers.nodes) expect(u.databaseId).toBe(world.github.users.get(u.login)?.id);
    });
  });

  it("gives each collaborator edge the permission of the owner's admin teams, WRITE otherwise", () => {
    let adminsSeen = 0;
    repos.forEach((repo, i) => {
      const { collaborators } = data[`r${i}`] as Repo;
      const owners = admins(repo.owner);
      expect(collaborators.edges.map((e) => e.node.login)).toEqual(peopleOf(repo.owner));
      for (const edge of collaborators.edges) {
        expect(edge.permission, edge.node.login).toBe(owners.has(edge.node.login) ? 'ADMIN' : 'WRITE');
        if (edge.permission === 'ADMIN') adminsSeen++;
      }
    });
    expect(adminsSeen).toBeGreaterThan(0);
  });

  it("lists every tag with the commit it points at and REST's node id", () => {
    let tags = 0;
    repos.forEach((repo, i) => {
      const nodes = (data[`r${i}`] as Repo).tags.nodes;
      const expected = world.github.tags.group(repo.fullName);
      expect(nodes.map((n) => n.name).sort()).toEqual(expected.map((t) => t.name).sort());
      for (const node of nodes) {
        expect(node.target.oid).toBe(expected.find((t) => t.name === node.name)?.sha);
        expect(Buffer.from(node.id, 'base64').toString()).toBe(`03:Ref${repo.id}:refs/tags/${node.name}`);
      }
      tags += nodes.length;
    });
    expect(tags).toBeGreaterThan(0);
  });
});

describe('assignable users and collaborators paging and filters', () => {
  const repo = repos[0] as (typeof repos)[number];
  const vars = { owner: repo.owner, name: repo.name };

  it('pages by two through every person once', async () => {
    const query = `query Page($owner: String!, $name: String!, $after: String) {
      repository(owner: $owner, name: $name) {
        collaborators(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { permission node { login } } }
      }
    }`;
    const logins: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page = dataOf(await graphql(endpoint, viewer, query, { ...vars, after })).repository as {
        collaborators: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { login: string } }[] };
      };
      logins.push(...page.collaborators.edges.map((e) => e.node.login));
      if (!page.collaborators.pageInfo.hasNextPage) break;
      after = page.collaborators.pageInfo.endCursor;
    }
    expect(logins).toEqual(peopleOf(repo.owner));
  });

  it('lists no outside collaborators (the world has none) and filters by login', async () => {
    const someone = peopleOf(repo.owner)[0] as string;
    const query = `query F($owner: String!, $name: String!, $login: String!) {
      repository(owner: $owner, name: $name) {
        outside: collaborators(first: 10, affiliation: OUTSIDE) { totalCount }
        one: collaborators(first: 10, login: $login) { nodes { login } }
      }
    }`;
    const data = dataOf(await graphql(endpoint, viewer, query, { ...vars, login: someone })).repository as {
      outside: { totalCount: number };
      one: { nodes: { login: string }[] };
    };
    expect(data.outside.totalCount).toBe(0);
    expect(data.one.nodes.map((n) => n.login)).toEqual([someone]);
  });
});
