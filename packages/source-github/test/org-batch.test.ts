import type { Logger, ReadContext } from '@faros-ce/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { apiUrlOf, createGithubClient } from '../src/client/github-client.js';
import type { GithubConfig } from '../src/generated/config.js';
import { ORGANIZATIONS_PER_QUERY } from '../src/graphql/org-batch.js';
import type { RepositoryResolver } from '../src/repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from '../src/streams/github-context.js';
import type { OrgSlice, OrgStream } from '../src/streams/org-stream.js';
import { TeamMembersStream } from '../src/streams/team-members.js';
import { TeamMembershipsStream } from '../src/streams/team-memberships.js';
import { UsersStream } from '../src/streams/users.js';
import { startGithubSandbox } from './github-sandbox.js';

const gh = await startGithubSandbox({ seed: 1 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

/** A context whose selection names the sandbox's organisations with a vanished one between them. */
function contextWith(organizations: string[]) {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m), debug: () => {} } as unknown as Logger;
  const context = {
    octokit: createGithubClient(gh.config, logger),
    resolver: {
      resolve: async () => ({ repositories: [], organizations, problems: [] }),
    } as unknown as RepositoryResolver,
    config: gh.config,
    apiUrl: apiUrlOf(gh.config),
    logger,
  } as GithubContext;
  return { context, warnings };
}

async function readAll(stream: OrgStream, context: GithubContext): Promise<Map<string, GithubRecord[]>> {
  const records = new Map<string, GithubRecord[]>();
  for await (const slice of stream.slices()) {
    const ctx = { slice, logger: context.logger, config: context.config, syncMode: 'full_refresh' };
    const got: GithubRecord[] = [];
    for await (const record of stream.read(ctx as unknown as ReadContext<GithubConfig, OrgSlice>)) got.push(record);
    records.set(slice.org, got);
  }
  return records;
}

describe('the organisations query', () => {
  it('is one call for every organisation and all three streams; a vanished organisation is skipped with a warning', async () => {
    const [first, second] = gh.sandbox.world.truth().github.organizations.keys as [string, string];
    const { context, warnings } = contextWith([first, 'vanished-org', second]);
    github.resetStats();
    const users = await readAll(new UsersStream(context), context);
    const members = await readAll(new TeamMembersStream(context), context);
    const memberships = await readAll(new TeamMembershipsStream(context), context);
    expect(github.stats().endpoints).toEqual({ 'POST /graphql': 1 });
    for (const org of [first, second]) {
      expect(users.get(org)?.length, org).toBeGreaterThan(0);
      expect(members.get(org)?.length, org).toBeGreaterThan(0);
      expect(memberships.get(org)?.length, org).toBe(members.get(org)?.length);
    }
    for (const read of [users, members, memberships]) expect(read.get('vanished-org')).toEqual([]);
    expect(warnings).toEqual(
      ['users', 'team_members', 'team_memberships'].map((s) =>
        expect.stringContaining(`${s}: skipping organization vanished-org`),
      ),
    );
  });

  it(`asks ${ORGANIZATIONS_PER_QUERY} organisations a query at most`, async () => {
    const [first, second] = gh.sandbox.world.truth().github.organizations.keys as [string, string];
    const vanished = Array.from({ length: ORGANIZATIONS_PER_QUERY - 1 }, (_, i) => `vanished-${i}`);
    // The second organisation is the first of the second group.
    const { context, warnings } = contextWith([first, ...vanished, second]);
    github.resetStats();
    const users = await readAll(new UsersStream(context), context);
    expect(github.stats().endpoints).toEqual({ 'POST /graphql': 2 });
    expect(users.get(first)?.length).toBeGreaterThan(0);
    expect(users.get(second)?.length).toBeGreaterThan(0);
    expect(warnings).toHaveLength(vanished.length);
  });
});
