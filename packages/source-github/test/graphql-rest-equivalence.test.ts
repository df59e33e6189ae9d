import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaOf } from '../src/schemas/stream-schemas.js';
import { type GithubSandbox, startGithubSandbox } from './github-sandbox.js';

// The streams read through GraphQL must give what the REST endpoints they replace answer: the
// expected records are fetched here from the simulator's REST API, never copied.
const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());

type Json = Record<string, unknown>;

async function rest(path: string, on: GithubSandbox = gh): Promise<Json[] | Json> {
  const response = await fetch(`${on.url}${path}`, {
    headers: { authorization: `token ${on.token}`, accept: 'application/vnd.github+json' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as Json[] | Json;
}

/** Every item of a REST list (pages of 100 until a short one). */
async function restList(path: string, on: GithubSandbox = gh): Promise<Json[]> {
  const items: Json[] = [];
  for (let page = 1; ; page++) {
    const batch = (await rest(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`, on)) as Json[];
    items.push(...batch);
    if (batch.length < 100) return items;
  }
}

async function sync(streams: string[], on: GithubSandbox = gh) {
  const subject = inProcess(new GithubSource());
  const catalog = await discoverCatalog(subject, on.config, { streams });
  const run = await subject.read(on.config, catalog);
  expect(run.exitCode).toBe(0);
  return run;
}

/** Compares records with the expected ones by key, on every top-level field of the stream's schema. */
function expectSameRecords(stream: string, got: Json[], expected: Json[], keyOf: (r: Json) => string): void {
  const fields = Object.keys((schemaOf(stream) as { properties: Json }).properties);
  const project = (r: Json) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null]));
  const byKey = (records: Json[]) => new Map(records.map((r) => [keyOf(r), project(r)]));
  expect(expected.length, stream).toBeGreaterThan(0);
  expect(got).toHaveLength(expected.length);
  expect(byKey(got)).toEqual(byKey(expected));
}

const orgs = gh.sandbox.world.truth().github.organizations.keys;

/** The team members and memberships REST lists: a members list per team, a membership call per member. */
async function restTeamMembers(on: GithubSandbox): Promise<{ members: Json[]; memberships: Json[] }> {
  const members: Json[] = [];
  const memberships: Json[] = [];
  for (const org of orgs) {
    for (const team of await restList(`/orgs/${org}/teams`, on)) {
      const slug = String(team.slug);
      for (const member of await restList(`/orgs/${org}/teams/${slug}/members`, on)) {
        const username = String(member.login);
        members.push({ ...member, organization: org, team_slug: slug });
        const membership = (await rest(`/orgs/${org}/teams/${slug}/memberships/${username}`, on)) as Json;
        memberships.push({ ...membership, organization: org, team_slug: slug, username });
      }
    }
  }
  return { members, memberships };
}

const memberKey = (r: Json) => `${r.organization}/${r.team_slug}/${r.id}`;

describe('teams through GraphQL', () => {
  it('give the team members and memberships REST answers, field by field', async () => {
    const run = await sync(['team_members', 'team_memberships']);
    const { members, memberships } = await restTeamMembers(gh);
    // The world has maintainers, and a child team whose members its parent lists too.
    expect(memberships.some((m) => m.role === 'maintainer')).toBe(true);
    expect(memberships.some((m) => m.role === 'member')).toBe(true);
    const data = (stream: string) => run.records(stream).map((r) => r.data as Json);
    expectSameRecords('team_members', data('team_members'), members, memberKey);
    expectSameRecords('team_memberships', data('team_memberships'), memberships, (r) => String(r.url));
  });
});

describe('a crowded organisation through GraphQL', () => {
  // The first organisation gets 230 more members, 105 more teams (past a page of teams) and a team of
  // 150 (past a page of a team's members): every later page is read and matches REST.
  let crowded: GithubSandbox;
  let first: string;
  beforeAll(async () => {
    crowded = await startGithubSandbox({ seed: 1 });
    const { world } = crowded.sandbox;
    [first] = world.truth().github.organizations.keys as [string];
    const someone = [...world.github.users.values()].find((u) => u.type === 'User') as object;
    const users = world.github.users as unknown as { insert(u: object): void };
    for (let i = 0; i < 230; i++) users.insert({ ...someone, id: 800_000 + i, login: `crowd-${i}`, orgs: [first] });
    const aTeam = [...world.github.teams.values()].find((t) => t.org === first) as object;
    const teams = world.github.teams as unknown as { insert(t: object): void };
    for (let i = 0; i < 106; i++) {
      const members = i === 0 ? Array.from({ length: 150 }, (_, m) => `crowd-${m}`) : [`crowd-${i}`, `crowd-${i + 1}`];
      const slug = `crowd-team-${i}`;
      teams.insert({ ...aTeam, id: 900_000 + i, slug, name: slug, permission: 'pull', parentSlug: null, members });
    }
  });
  afterAll(() => crowded.close());

  it('give the REST members list, field by field, past a page of 100', async () => {
    crowded.sandbox.service('github').resetStats();
    const run = await sync(['users'], crowded);
    // One query for both organisations' first pages, then the first one's two further pages of members.
    expect(crowded.sandbox.service('github').stats().endpoints['POST /graphql']).toBe(3);
    const expected: Json[] = [];
    for (const org of orgs) {
      for (const member of await restList(`/orgs/${org}/members`, crowded))
        expected.push({ organization: org, ...member });
    }
    expect(expected.filter((m) => m.organization === first).length).toBeGreaterThan(200);
    const got = run.records('users').map((r) => r.data as Json);
    const key = (r: Json) => `${r.organization}/${r.id}`;
    expectSameRecords('users', got, expected, key);
    // Beyond the schema too: every field REST gives but `user_view_type` (optional in GitHub's
    // simple-user, absent from the stream's schema), with the same values.
    const byKey = new Map(got.map((r) => [key(r), r]));
    for (const { user_view_type: _view, ...member } of expected) expect(byKey.get(key(member))).toEqual(member);
  });

  it('give the team members and memberships REST answers past a page of teams and of a team', async () => {
    crowded.sandbox.service('github').resetStats();
    const run = await sync(['team_members', 'team_memberships'], crowded);
    // The shared first pages, two further pages of owners' roles (read once), and for each stream the
    // second page of teams and the second page of the big team's members.
    expect(crowded.sandbox.service('github').stats().endpoints['POST /graphql']).toBe(1 + 2 + 2 * 2);
    const { members, memberships } = await restTeamMembers(crowded);
    expect((await restList(`/orgs/${first}/teams`, crowded)).length).toBeGreaterThan(100);
    expect(members.filter((m) => m.team_slug === 'crowd-team-0').length).toBe(150);
    const data = (stream: string) => run.records(stream).map((r) => r.data as Json);
    expectSameRecords('team_members', data('team_members'), members, memberKey);
    expectSameRecords('team_memberships', data('team_memberships'), memberships, (r) => String(r.url));
  });
});

describe('per-repository snapshots through batched GraphQL', () => {
  it('give the assignees, collaborators and tags REST answers, field by field', async () => {
    const streams = ['assignees', 'collaborators', 'tags'];
    const run = await sync(streams);
    // Every repository the configured `org/*` patterns select, as REST lists them (the empty one too).
    const repos: string[] = [];
    for (const org of orgs) for (const r of await restList(`/orgs/${org}/repos`)) repos.push(String(r.full_name));
    for (const stream of streams) {
      const expected: Json[] = [];
      for (const repo of repos) {
        const query = stream === 'collaborators' ? '?affiliation=all' : '';
        for (const item of await restList(`/repos/${repo}/${stream}${query}`))
          expected.push({ repository: repo, ...item });
      }
      if (stream === 'collaborators') {
        // Both roles the world gives are compared.
        expect(new Set(expected.map((c) => c.role_name))).toEqual(new Set(['admin', 'write']));
      }
      const key = stream === 'tags' ? (r: Json) => `${r.repository}:${r.name}` : (r: Json) => `${r.repository}:${r.id}`;
      expectSameRecords(
        stream,
        run.records(stream).map((r) => r.data as Json),
        expected,
        key,
      );
    }
  });
});
