import { type GithubRepository, githubNodeId } from '../../world/index.js';
import { stargazersOf } from './derived-activity.js';
import { type GithubContext, iso, memoize } from './github-context.js';
import { ownerOf } from './user-json.js';

const SECURITY = {
  secret_scanning: { status: 'enabled' },
  secret_scanning_push_protection: { status: 'enabled' },
  dependabot_security_updates: { status: 'disabled' },
};

const MIT = { key: 'mit', name: 'MIT License', spdx_id: 'MIT', node_id: 'MDc6TGljZW5zZTEz' };

/** The API URL of a repository. */
export const repoUrl = (ctx: GithubContext, repo: GithubRepository): string => `${ctx.api}/repos/${repo.fullName}`;

/** The fields every repository representation shares (`simple-repository`). */
export function simpleRepository(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  const url = repoUrl(ctx, repo);
  return {
    id: repo.id,
    node_id: githubNodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: ownerOf(ctx, repo.owner),
    private: repo.private,
    html_url: `${ctx.web}/${repo.fullName}`,
    description: repo.description,
    fork: repo.fork,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    hooks_url: `${url}/hooks`,
  };
}

function counts(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  return memoize(ctx, `counts:${repo.fullName}`, () => countsOf(ctx, repo));
}

function countsOf(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  const gh = ctx.world.github;
  const open =
    gh.issues.group(repo.fullName).filter((i) => i.state === 'open').length +
    gh.pullRequests.group(repo.fullName).filter((p) => p.state === 'open').length;
  const stars = stargazersOf(ctx.world, repo).length;
  const forks = repo.private ? 0 : repo.id % 7;
  return {
    forks_count: forks,
    stargazers_count: stars,
    watchers_count: stars,
    size: repo.size,
    default_branch: repo.defaultBranch,
    open_issues_count: open,
    forks,
    open_issues: open,
    watchers: stars,
  };
}

/** Clone URLs, flags, dates and counts: the `repository` fields beyond `simple-repository`. */
function details(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  const host = new URL(ctx.web).host;
  return {
    git_url: `git://${host}/${repo.fullName}.git`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    clone_url: `${ctx.web}/${repo.fullName}.git`,
    mirror_url: null,
    svn_url: `${ctx.web}/${repo.fullName}`,
    homepage: null,
    language: repo.language,
    ...counts(ctx, repo),
    is_template: false,
    topics: [...repo.topics],
    has_issues: repo.hasIssues,
    has_projects: true,
    has_wiki: !repo.private,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: repo.archived,
    disabled: false,
    visibility: repo.visibility,
    pushed_at: iso(repo.pushedAt),
    created_at: iso(repo.createdAt),
    updated_at: iso(repo.updatedAt),
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_forking: !repo.private,
    web_commit_signoff_required: false,
    license: repo.private ? null : { ...MIT, url: `${ctx.api}/licenses/mit` },
  };
}

/** `minimal-repository` (organisation and user repository lists, run repositories). */
export function minimalRepository(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  const full: Record<string, unknown> = {
    ...simpleRepository(ctx, repo),
    ...details(ctx, repo),
    security_and_analysis: SECURITY,
  };
  // minimal-repository's license has no html_url, and it is optional: leave it out when null.
  if (full.license === null) delete full.license;
  return full;
}

/** `repository` (pull request heads and bases, `/user/repos`, installation repositories). */
export function repository(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  return {
    ...simpleRepository(ctx, repo),
    ...details(ctx, repo),
    allow_rebase_merge: repo.mergeStyle === 'merge',
    allow_squash_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: true,
    allow_update_branch: false,
    allow_merge_commit: repo.mergeStyle === 'merge',
  };
}

/** `full-repository` (`GET /repos/{owner}/{repo}`). */
export function fullRepository(ctx: GithubContext, repo: GithubRepository): Record<string, unknown> {
  const org = ctx.world.github.organizations.get(repo.owner);
  return {
    ...repository(ctx, repo),
    temp_clone_token: null,
    subscribers_count: stargazersOf(ctx.world, repo).length,
    network_count: repo.private ? 0 : repo.id % 7,
    organization: org === undefined ? null : ownerOf(ctx, org.login),
    security_and_analysis: SECURITY,
  };
}
