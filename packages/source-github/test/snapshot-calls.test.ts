import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { ORGANIZATIONS_PER_QUERY } from '../src/graphql/org-batch.js';
import { REPOSITORIES_PER_QUERY } from '../src/graphql/repo-batch-stream.js';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');
const world = gh.sandbox.world;

const STREAMS = ['users', 'teams', 'team_members', 'team_memberships', 'assignees', 'collaborators', 'tags'];
// The REST endpoints these streams called before (per organisation, team, member, repository).
const REPLACED = [
  'GET /orgs/{org}/members',
  'GET /orgs/{org}/teams/{team_slug}/members',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  'GET /repos/{owner}/{repo}/assignees',
  'GET /repos/{owner}/{repo}/collaborators',
  'GET /repos/{owner}/{repo}/tags',
];

describe('teams and per-repository snapshots', () => {
  it('cost one REST teams list per organisation, one GraphQL query for the organisations, one per batch of repositories for all snapshot streams, and still carry every change', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, {
      streams: STREAMS,
    });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode).toBe(0);

    // The world moves on (new tags come with releases), someone joins a team, someone joins the organisation.
    world.advance(1);
    // A step rarely tags: tag a branch head by hand (the world's tables are the simulator's data).
    const branch = [...world.github.branches.values()][0] as { repo: string; sha: string };
    const tagTable = world.github.tags as unknown as { insert(t: { repo: string; name: string; sha: string }): void };
    tagTable.insert({ repo: branch.repo, name: 'v99.0.0-snapshot-test', sha: branch.sha });
    const newTags = [`${branch.repo}/tags/v99.0.0-snapshot-test`];
    const team = [...world.github.teams.values()].find((t) => t.parentSlug === null) as unknown as {
      org: string;
      slug: string;
      members: string[];
    };
    const joiner = [...world.github.users.values()].find(
      (u) => u.type === 'User' && u.orgs.includes(team.org) && !team.members.includes(u.login),
    );
    expect(joiner).toBeDefined();
    team.members.push(joiner?.login as string);
    const newcomer = { ...(joiner as object), id: 990_001, login: 'snapshot-newcomer', orgs: [team.org] };
    (world.github.users as unknown as { insert(u: object): void }).insert(newcomer);

    github.resetStats();
    const again = await subject.read(gh.config, catalog, first.lastStates());
    expect(again.exitCode).toBe(0);
    const { endpoints } = github.stats();
    const orgs = world.truth().github.organizations.keys.length;
    const repos = world.truth().github.repositories.keys.length;
    console.log(`teams and snapshots re-sync: ${JSON.stringify(endpoints)}`);
    for (const endpoint of REPLACED) expect(endpoints[endpoint] ?? 0, endpoint).toBe(0);
    expect(endpoints['GET /orgs/{org}/teams']).toBe(orgs);
    // One for the organisations' members and teams with their members (both organisations in one
    // query) + one per batch of repositories for the change probe and all three snapshot streams.
    expect(orgs).toBeGreaterThan(1);
    expect(endpoints['POST /graphql']).toBe(
      Math.ceil(orgs / ORGANIZATIONS_PER_QUERY) + Math.ceil(repos / REPOSITORIES_PER_QUERY),
    );

    // Full refresh: every record, the changed ones included.
    const tags = new Set(again.records('tags').map((r) => `${r.data.repository}/tags/${r.data.name}`));
    expect(tags).toEqual(new Set(world.truth().github.tags.keys));
    for (const key of newTags) expect(tags.has(key), key).toBe(true);
    const joined = (stream: string, login: string) =>
      again
        .records(stream)
        .some(
          (r) =>
            r.data.organization === team.org &&
            r.data.team_slug === team.slug &&
            (r.data.login ?? r.data.username) === login,
        );
    expect(joined('team_members', joiner?.login as string)).toBe(true);
    expect(joined('team_memberships', joiner?.login as string)).toBe(true);
    // Every organisation's members, the newcomer included.
    const members = new Set(again.records('users').map((r) => `${r.data.organization}/${r.data.login}`));
    const truthMembers = [...world.github.users.values()].flatMap((u) => u.orgs.map((o) => `${o}/${u.login}`));
    expect(members).toEqual(new Set(truthMembers));
    expect(members.has(`${team.org}/snapshot-newcomer`)).toBe(true);
  });
});
