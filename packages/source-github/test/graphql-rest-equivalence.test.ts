import { configuredCatalogFrom, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
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
  const catalog = configuredCatalogFrom((await subject.discover(on.config)).catalog ?? { streams: [] }, { streams });
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

describe('teams through GraphQL', () => {
  it('give the team members and memberships REST answers, field by field', async () => {
    const run = await sync(['team_members', 'team_memberships']);
    const members: Json[] = [];
    const memberships: Json[] = [];
    for (const org of orgs) {
      for (const team of await restList(`/orgs/${org}/teams`)) {
        const slug = String(team.slug);
        for (const member of await restList(`/orgs/${org}/teams/${slug}/members`)) {
          const username = String(member.login);
          members.push({ ...member, organization: org, team_slug: slug });
          const membership = (await rest(`/orgs/${org}/teams/${slug}/memberships/${username}`)) as Json;
          memberships.push({ ...membership, organization: org, team_slug: slug, username });
        }
      }
    }
    // The world has maintainers, and a child team whose members its parent lists too.
    expect(memberships.some((m) => m.role === 'maintainer')).toBe(true);
    expect(memberships.some((m) => m.role === 'member')).toBe(true);
    const data = (stream: string) => run.records(stream).map((r) => r.data as Json);
    expectSameRecords('team_members', data('team_members'), members, (r) => `${r.team_slug}/${r.id}`);
    expectSameRecords('team_memberships', data('team_memberships'), memberships, (r) => String(r.url));
  });
});

describe('organisation members through GraphQL', () => {
  it('give the REST members list, field by field, past a page of 100', async () => {
    // A world whose first organisation has more than two pages of members.
    const crowded = await startGithubSandbox({ seed: 1 });
    try {
      const { world } = crowded.sandbox;
      const [first] = world.truth().github.organizations.keys as [string];
      const someone = [...world.github.users.values()].find((u) => u.type === 'User') as object;
      const users = world.github.users as unknown as { insert(u: object): void };
      for (let i = 0; i < 230; i++) users.insert({ ...someone, id: 800_000 + i, login: `crowd-${i}`, orgs: [first] });
      const run = await sync(['users'], crowded);
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
    } finally {
      await crowded.close();
    }
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
