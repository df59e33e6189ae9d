import { hashString } from '../../../world/random.js';
import { organizationObject, teamObject, userObject } from './account-object.js';
import { commitObject } from './commit-object.js';
import type { GqlObject, GraphqlScope } from './graphql-scope.js';
import { issueObject } from './issue-object.js';
import { labelObject, milestoneObject } from './label-object.js';
import { pullRequestObject } from './pull-request-object.js';
import { refObject } from './ref-object.js';
import { releaseObject } from './release-object.js';
import { repositoryObject } from './repository-object.js';
import { reviewCommentObject, reviewObject } from './review-object.js';

/** Splits a legacy node id (`base64("0<n>:<Type><id>")`) into its type name and id part. */
function decodeNodeId(id: string): { type: string; rest: string } | undefined {
  const text = Buffer.from(id, 'base64').toString('utf8');
  const match = /^0(\d+):(.*)$/s.exec(text);
  if (!match) return undefined;
  const length = Number(match[1]);
  const body = match[2] as string;
  if (body.length <= length) return undefined;
  return { type: body.slice(0, length), rest: body.slice(length) };
}

/**
 * The object with this global id, or null when there is none or the viewer cannot see its
 * repository (GitHub answers both the same way). Commits are found through their repository.
 */
export function nodeById(scope: GraphqlScope, id: string): GqlObject | null {
  const decoded = decodeNodeId(id);
  if (!decoded) return null;
  const { type, rest } = decoded;
  const { github } = scope.world;
  const visible = (repo: string): boolean => scope.viewer.canSee(repo);
  const number = /^\d+$/.test(rest) ? Number(rest) : undefined;
  switch (type) {
    case 'User':
    case 'Bot': {
      const user = number === undefined ? undefined : github.users.byId(number);
      return user && (user.type === 'Bot') === (type === 'Bot') ? userObject(scope, user) : null;
    }
    case 'Organization': {
      const org = number === undefined ? undefined : github.organizations.byId(number);
      return org ? organizationObject(scope, org) : null;
    }
    case 'Team': {
      const team = number === undefined ? undefined : github.teams.byId(number);
      return team ? teamObject(scope, team) : null;
    }
    case 'Repository': {
      const repo = number === undefined ? undefined : github.repositories.byId(number);
      return repo && visible(repo.fullName) ? repositoryObject(scope, repo) : null;
    }
    case 'PullRequest': {
      const pr = number === undefined ? undefined : github.pullRequests.byId(number);
      return pr && visible(pr.repo) ? pullRequestObject(scope, pr) : null;
    }
    case 'PullRequestReview': {
      const review = number === undefined ? undefined : github.reviews.byId(number);
      const pr = review && github.pullRequests.get(`${review.repo}#${review.pullNumber}`);
      return review && pr && visible(pr.repo) && review.state !== 'PENDING' ? reviewObject(scope, pr, review) : null;
    }
    case 'PullRequestReviewComment': {
      const comment = number === undefined ? undefined : github.reviewComments.byId(number);
      const pr = comment && github.pullRequests.get(`${comment.repo}#${comment.pullNumber}`);
      return comment && pr && visible(pr.repo) ? reviewCommentObject(scope, pr, comment) : null;
    }
    case 'Release': {
      const release = number === undefined ? undefined : github.releases.byId(number);
      return release && visible(release.repo) ? releaseObject(scope, release) : null;
    }
    case 'Issue': {
      const issue = number === undefined ? undefined : [...github.issues.values()].find((i) => i.id === number);
      return issue && visible(issue.repo) ? issueObject(scope, issue) : null;
    }
    case 'Label': {
      const label = number === undefined ? undefined : [...github.labels.values()].find((l) => l.id === number);
      return label && visible(label.repo) ? labelObject(scope, label) : null;
    }
    case 'Milestone': {
      const m = number === undefined ? undefined : [...github.milestones.values()].find((x) => x.id === number);
      return m && visible(m.repo) ? milestoneObject(scope, m) : null;
    }
    case 'Ref': {
      const [repoId, ...name] = rest.split(':');
      const repo = github.repositories.byId(Number(repoId));
      return repo && visible(repo.fullName) ? refObject(scope, repo, name.join(':')) : null;
    }
    case 'Commit':
      return commitByHash(scope, number);
    default:
      return null;
  }
}

/** Commit node ids hash `owner/name:sha` (as the REST simulator's `node_id`): search the visible repositories. */
function commitByHash(scope: GraphqlScope, hash: number | undefined): GqlObject | null {
  if (hash === undefined) return null;
  const { github } = scope.world;
  for (const repo of github.repositories.values()) {
    if (!scope.viewer.canSee(repo.fullName)) continue;
    for (const commit of github.commits.group(repo.fullName)) {
      if (hashString(`${repo.fullName}:${commit.sha}`) === hash) return commitObject(scope, repo, commit.sha) ?? null;
    }
  }
  return null;
}
