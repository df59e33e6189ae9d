import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';
import { concretePath, type GithubConnection, githubCall, pickGithub } from './github-rest-kit.js';

const schemas = fileURLToPath(
  new URL('../../../../shared/reference/airbyte-sources/source-github/schemas_from_manifest/', import.meta.url),
);
const haveSchemas = existsSync(schemas);
if (!haveSchemas)
  console.warn(`skipping the Airbyte field coverage: ${schemas} is missing (a clone without ../shared)`);

/** Airbyte's REST streams and the operation each reads (GraphQL streams and removed project APIs are not ours). */
const STREAMS: Record<string, string> = {
  assignees: '/repos/{owner}/{repo}/assignees',
  branches: '/repos/{owner}/{repo}/branches',
  collaborators: '/repos/{owner}/{repo}/collaborators',
  comments: '/repos/{owner}/{repo}/issues/comments',
  commit_comments: '/repos/{owner}/{repo}/comments',
  commits: '/repos/{owner}/{repo}/commits',
  contributor_activity: '/repos/{owner}/{repo}/stats/contributors',
  deployments: '/repos/{owner}/{repo}/deployments',
  events: '/repos/{owner}/{repo}/events',
  issue_events: '/repos/{owner}/{repo}/issues/events',
  issue_labels: '/repos/{owner}/{repo}/labels',
  issue_milestones: '/repos/{owner}/{repo}/milestones?state=all',
  issues: '/repos/{owner}/{repo}/issues?state=all',
  organizations: '/orgs/{org}',
  pull_request_commits: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
  pull_requests: '/repos/{owner}/{repo}/pulls?state=all',
  repositories: '/orgs/{org}/repos',
  review_comments: '/repos/{owner}/{repo}/pulls/comments',
  stargazers: '/repos/{owner}/{repo}/stargazers',
  tags: '/repos/{owner}/{repo}/tags',
  team_members: '/orgs/{org}/teams/{team_slug}/members',
  team_memberships: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
  teams: '/orgs/{org}/teams',
  users: '/orgs/{org}/members',
  workflow_jobs: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
  workflow_runs: '/repos/{owner}/{repo}/actions/runs',
  workflows: '/repos/{owner}/{repo}/actions/workflows',
};

/** Fields the connector adds itself, or that GitHub leaves null in a world like ours; each with why. */
const ALLOWED_NULL: Record<string, string> = {
  '*.repository': 'added by the connector (the partition)',
  '*.organization': 'added by the connector (the partition)',
  '*.user_id': 'added by the connector from user.id',
  '*.pull_number': 'added by the connector (the partition)',
  '*.team_slug': 'added by the connector (the partition)',
  '*.username': 'added by the connector (the partition)',
  '*.branch': 'added by the connector (the partition)',
  '*.created_at': 'commits: added by the connector from commit.committer.date',
  '*.performed_via_github_app': 'no GitHub App acts in the world: GitHub sends null',
  '*.active_lock_reason': 'null unless locked; the picked repository has no locked item',
  '*.state_reason': 'issue events: not in the description of issue-event (GitHub sends it on some closes)',
  '*.requested_team': 'the picked repository requests no team review',
  '*.name': 'contributor_activity: the author is a simple-user, which lists leave without name',
  '*.email': 'contributor_activity: the author is a simple-user, which lists leave without email',
  '*.starred_at': 'contributor_activity: only stargazer lists carry starred_at',
  '*.mirror_url': 'no repository is a mirror',
  '*.homepage': 'repositories of the world have no homepage',
  '*.twitter_username': 'organisations have no Twitter account',
  '*.archived_at': 'no organisation is archived',
  '*.secret_scanning_push_protection_custom_link': 'not configured, null on GitHub',
  '*.auto_merge': 'no pull request has auto-merge enabled',
  '*.previous_attempt_url': 'set only on re-run attempts',
  '*.review_requester': 'only on review_requested events',
  '*.requested_reviewer': 'only on review_requested events',
  '*.assigner': 'only on assigned events',
  '*.dismissed_review': 'the world has no dismissal events',
  '*.project_card': 'classic projects are gone from GitHub',
  '*.rename': 'the world renames nothing',
};

describe.skipIf(!haveSchemas)("Airbyte's GitHub stream fields are filled by the simulator", () => {
  let sandbox: Sandbox;
  let github: GithubConnection;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3, services: ['github'] });
    github = sandbox.connectionInfo().github as GithubConnection;
  });
  afterAll(() => sandbox?.close());

  it('has every top-level field of each REST stream non-null in some record', async () => {
    const picks = pickGithub(sandbox.world);
    const missing: string[] = [];
    for (const [stream, template] of Object.entries(STREAMS)) {
      const schema = JSON.parse(readFileSync(`${schemas}${stream}.json`, 'utf8')) as {
        properties: Record<string, unknown>;
      };
      const url = `${github.url}${concretePath(template, picks, github.app.installationId)}`;
      const sep = url.includes('?') ? '&' : '?';
      let answer = await githubCall(`${url}${sep}per_page=100`, github.token, {
        headers: stream === 'stargazers' ? { accept: 'application/vnd.github.star+json' } : {},
      });
      if (answer.status === 202) answer = await githubCall(`${url}${sep}per_page=100`, github.token);
      const body = answer.body as Record<string, unknown> | Record<string, unknown>[];
      const list = Array.isArray(body)
        ? body
        : ((['jobs', 'workflow_runs', 'workflows'].map((k) => body[k]).find(Array.isArray) as
            | Record<string, unknown>[]
            | undefined) ?? [body]);
      // Airbyte flattens these into the record.
      const records = list.map((r) => (stream === 'contributor_activity' ? { ...(r.author as object), ...r } : r));
      for (const field of Object.keys(schema.properties)) {
        if (ALLOWED_NULL[`*.${field}`] !== undefined) continue;
        if (!records.some((r) => r[field] !== undefined && r[field] !== null)) missing.push(`${stream}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
