import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld } from '../src/world/index.js';
import { dataOf, graphql, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 42, scale: 'small' });
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9' });
const viewer = viewerOf('sandbox-admin');
const org = world.truth().github.organizations.keys[0] as string;
const teams = world.github.teams.group(org);
const parent = teams.find((t) => teams.some((c) => c.parentSlug === t.slug));
const child = teams.find((t) => t.parentSlug !== null);

const TEAMS = `query Teams($org: String!, $membership: TeamMembershipType) {
  organization(login: $org) {
    membersWithRole(first: 100) { edges { role node { login } } }
    teams(first: 100) {
      nodes { slug databaseId id members(first: 100, membership: $membership) {
        edges { role memberAccessUrl node { login databaseId } } } }
    }
  }
}`;

type Edge = { role: string; node: { login: string; databaseId: number } };
type TeamNode = { slug: string; databaseId: number; id: string; members: { edges: Edge[] } };

async function teamsWith(membership?: string): Promise<{ teams: TeamNode[]; owners: Edge[] }> {
  const data = dataOf(await graphql(endpoint, viewer, TEAMS, { org, membership }));
  const organization = data.organization as { teams: { nodes: TeamNode[] }; membersWithRole: { edges: Edge[] } };
  return { teams: organization.teams.nodes, owners: organization.membersWithRole.edges };
}

describe('Organization.teams with their members', () => {
  it('has a parent team with a child team whose members are not all its own', () => {
    expect(parent && child && child.parentSlug === parent.slug).toBe(true);
    expect(child?.members.some((m) => !parent?.members.includes(m))).toBe(true);
  });

  it("lists every team with REST's ids, its own members under IMMEDIATE, child teams' under CHILD_TEAM, both by default", async () => {
    const all = await teamsWith();
    const immediate = await teamsWith('IMMEDIATE');
    const inherited = await teamsWith('CHILD_TEAM');
    expect(all.teams.map((t) => t.databaseId).sort()).toEqual(teams.map((t) => t.id).sort());
    for (const team of teams) {
      const logins = (list: TeamNode[]) =>
        list.find((t) => t.slug === team.slug)?.members.edges.map((e) => e.node.login);
      const fromChildren = teams
        .filter((c) => c.parentSlug === team.slug)
        .flatMap((c) => c.members)
        .filter((m, i, list) => !team.members.includes(m) && list.indexOf(m) === i);
      expect(logins(immediate.teams), team.slug).toEqual(team.members);
      expect(logins(inherited.teams), team.slug).toEqual(fromChildren);
      expect(logins(all.teams), team.slug).toEqual([...team.members, ...fromChildren]);
    }
  });

  it("gives each member edge the team role (the maintainer is the team's first own member) and REST user ids", async () => {
    const { teams: nodes } = await teamsWith();
    for (const team of teams) {
      const edges = nodes.find((t) => t.slug === team.slug)?.members.edges ?? [];
      expect(edges.filter((e) => e.role === 'MAINTAINER').map((e) => e.node.login)).toEqual([team.members[0]]);
      for (const edge of edges) expect(edge.node.databaseId).toBe(world.github.users.get(edge.node.login)?.id);
    }
  });

  it('marks as ADMIN the organisation owners, the members of its admin teams', async () => {
    const { owners } = await teamsWith();
    const admins = new Set(teams.filter((t) => t.permission === 'admin').flatMap((t) => t.members));
    expect(admins.size).toBeGreaterThan(0);
    for (const edge of owners)
      expect(edge.role, edge.node.login).toBe(admins.has(edge.node.login) ? 'ADMIN' : 'MEMBER');
  });
});
