import type { GithubPullRequest } from '../world/index.js';
import { JiraError } from './jira-error.js';
import { findIssue } from './jira-lookup.js';
import { param } from './jira-paging.js';
import type { JiraRequest, JiraRoute } from './jira-route.js';
import { formatJiraTime } from './jira-time.js';
import type { JiraView } from './jira-view.js';

// The development panel's endpoint (`/rest/dev-status/latest/issue/detail`): the pull requests of the
// GitHub integration whose title or branch mention the issue's key. It has no public description;
// the shape is Atlassian's documented one (test/jira/dev-status.schema.json checks it).

const GITHUB = 'https://github.com';

function statusOf(pull: GithubPullRequest): 'OPEN' | 'MERGED' | 'DECLINED' {
  if (pull.mergedAt !== null) return 'MERGED';
  return pull.state === 'open' ? 'OPEN' : 'DECLINED';
}

function person(view: JiraView, login: string | null): { name: string; avatar: string } {
  const user = login === null ? undefined : view.site.world.github.users.get(login);
  const name = user?.name ?? login ?? 'ghost';
  return { name, avatar: `https://avatars.githubusercontent.com/u/${user?.id ?? 10137}?v=4` };
}

function renderPull(view: JiraView, pull: GithubPullRequest): Record<string, unknown> {
  const { github } = view.site.world;
  const repository = github.repositories.get(pull.repo);
  const repoUrl = `${GITHUB}/${pull.repo}`;
  const reviews = github.reviews.group(`${pull.repo}#${pull.number}`);
  const reviewers = [...new Set(reviews.map((r) => r.author).filter((a): a is string => a !== null))].map((login) => ({
    ...person(view, login),
    approved: reviews.some((r) => r.author === login && r.state === 'APPROVED'),
  }));
  return {
    author: person(view, pull.author),
    id: `#${pull.number}`,
    name: pull.title,
    commentCount: pull.comments,
    source: { branch: pull.headRef, url: `${repoUrl}/tree/${pull.headRef}` },
    destination: { branch: pull.baseRef, url: `${repoUrl}/tree/${pull.baseRef}` },
    reviewers,
    status: statusOf(pull),
    url: `${repoUrl}/pull/${pull.number}`,
    lastUpdate: formatJiraTime(pull.updatedAt),
    repositoryId: String(repository?.id ?? 0),
    repositoryName: pull.repo,
    repositoryUrl: repoUrl,
  };
}

function detail(request: JiraRequest): unknown {
  const { view } = request;
  const issueId = param(request, 'issueId');
  if (issueId === undefined || !/^\d+$/.test(issueId)) {
    throw new JiraError(400, ["The request parameter 'issueId' is required and must be an issue id."]);
  }
  const issue = findIssue(view, issueId);
  const applicationType = (param(request, 'applicationType') ?? '').toLowerCase();
  if (applicationType !== 'github') return { errors: [], detail: [] };
  const dataType = (param(request, 'dataType') ?? 'pullrequest').toLowerCase();
  const pulls = dataType === 'pullrequest' ? (view.site.derived().pulls.get(issue.id) ?? []) : [];
  return {
    errors: [],
    detail: [
      {
        pullRequests: pulls.map((p) => renderPull(view, p)),
        branches: [],
        repositories: [],
        _instance: {
          singleInstance: true,
          baseUrl: GITHUB,
          name: 'GitHub',
          typeName: 'GitHub',
          id: 'github-integration',
          type: 'GitHub',
        },
      },
    ],
  };
}

/** The dev-status route of both flavors. */
export const DEV_STATUS_ROUTES: readonly JiraRoute[] = (['cloud', 'dataCenter'] as const).map((flavor) => ({
  method: 'GET',
  path: '/rest/dev-status/latest/issue/detail',
  flavor,
  spec: { file: 'none', path: '/rest/dev-status/latest/issue/detail' },
  handle: detail,
}));
