import type { GithubRepository } from '../../world/index.js';
import { collaboratorRole } from '../collaborator-role.js';
import { commitCommentJson, contributorJson, eventJson, repoEvents, starJson } from './activity-json.js';
import { commitCommentsOf, contributorStatsOf, peopleOf, stargazersOf } from './derived-activity.js';
import { allRepositories, type GithubContext } from './github-context.js';
import { notFound } from './github-error.js';
import { labelJson, milestoneJson } from './item-json.js';
import { choice, pagedList, sortBy } from './paginate.js';
import { branchJson, tagJson } from './release-json.js';
import { fullRepository, minimalRepository, repository } from './repo-json.js';
import { emptyRepositoryError, isEmptyRepository, repoOf } from './repo-of.js';
import { ok, type RestRequest, type RestRoute } from './rest-route.js';
import { simpleUser } from './user-json.js';

type RepoSort = 'created' | 'updated' | 'pushed' | 'full_name';

/** Repositories sorted as `sort` and `direction` ask (full_name ascending by default, dates descending). */
function sortRepos(req: RestRequest, repos: GithubRepository[]): GithubRepository[] {
  const sort = choice<RepoSort>(req, 'sort', ['created', 'updated', 'pushed', 'full_name'], 'full_name', 'Repository');
  const direction = choice(req, 'direction', ['asc', 'desc'], sort === 'full_name' ? 'asc' : 'desc', 'Repository');
  if (sort === 'full_name') {
    const sign = direction === 'asc' ? 1 : -1;
    return repos.sort((a, b) => sign * a.fullName.toLowerCase().localeCompare(b.fullName.toLowerCase()));
  }
  const key = (r: GithubRepository): number =>
    sort === 'created' ? r.createdAt : sort === 'pushed' ? r.pushedAt : r.updatedAt;
  return sortBy(repos, key, direction, (r) => r.id);
}

function reposOfType(req: RestRequest, repos: GithubRepository[]): GithubRepository[] {
  const type = choice(
    req,
    'type',
    ['all', 'public', 'private', 'forks', 'sources', 'member', 'owner'],
    'all',
    'Repository',
  );
  return repos.filter(
    (r) =>
      type === 'all' ||
      type === 'owner' ||
      type === 'member' ||
      (type === 'public' && !r.private) ||
      (type === 'private' && r.private) ||
      (type === 'forks' && r.fork) ||
      (type === 'sources' && !r.fork),
  );
}

const visible = (ctx: GithubContext): GithubRepository[] =>
  allRepositories(ctx).filter((r) => ctx.viewer.canSee(r.fullName));

/** Repository-level operations: repositories, branches, tags, labels, milestones, people, activity. */
export const REPO_ROUTES: readonly RestRoute[] = [
  {
    method: 'GET',
    path: '/orgs/{org}/repos',
    handle(req) {
      if (!req.ctx.world.github.organizations.has(req.params.org ?? '')) throw notFound();
      const repos = visible(req.ctx).filter((r) => r.owner === req.params.org);
      return pagedList(req, sortRepos(req, reposOfType(req, repos)), (r) => minimalRepository(req.ctx, r));
    },
  },
  {
    method: 'GET',
    path: '/users/{username}/repos',
    handle(req) {
      const login = req.params.username ?? '';
      const gh = req.ctx.world.github;
      if (!gh.users.has(login) && !gh.organizations.has(login)) throw notFound();
      const repos = visible(req.ctx).filter((r) => r.owner === login && !r.private);
      return pagedList(req, sortRepos(req, reposOfType(req, repos)), (r) => minimalRepository(req.ctx, r));
    },
  },
  {
    method: 'GET',
    path: '/user/repos',
    handle(req) {
      const visibility = choice(req, 'visibility', ['all', 'public', 'private'], 'all', 'Repository');
      const repos = visible(req.ctx).filter((r) => visibility === 'all' || (visibility === 'private') === r.private);
      return pagedList(req, sortRepos(req, repos), (r) => repository(req.ctx, r));
    },
  },
  { method: 'GET', path: '/repos/{owner}/{repo}', handle: (req) => ok(fullRepository(req.ctx, repoOf(req))) },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches',
    handle(req) {
      const repo = repoOf(req);
      const only = req.query.get('protected');
      const branches = [...req.ctx.world.github.branches.group(repo.fullName)]
        .filter((b) => only === null || (only === 'true') === b.protected)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      return pagedList(req, branches, (b) => branchJson(req.ctx, repo, b));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/tags',
    handle(req) {
      const repo = repoOf(req);
      // Newest tag first, as GitHub lists them for version-named tags.
      const tags = [...req.ctx.world.github.tags.group(repo.fullName)].reverse();
      return pagedList(req, tags, (t) => tagJson(req.ctx, repo, t));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels',
    handle(req) {
      const repo = repoOf(req);
      return pagedList(req, req.ctx.world.github.labels.group(repo.fullName), (l) => labelJson(req.ctx, l));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/milestones',
    handle(req) {
      const repo = repoOf(req);
      const state = choice(req, 'state', ['open', 'closed', 'all'], 'open', 'Milestone');
      const sort = choice(req, 'sort', ['due_on', 'completeness'], 'due_on', 'Milestone');
      const direction = choice(req, 'direction', ['asc', 'desc'], 'asc', 'Milestone');
      const items = req.ctx.world.github.milestones
        .group(repo.fullName)
        .filter((m) => state === 'all' || m.state === state);
      const key =
        sort === 'due_on'
          ? (m: (typeof items)[number]) => m.dueOn ?? Number.MAX_SAFE_INTEGER
          : (m: (typeof items)[number]) => m.number;
      return pagedList(
        req,
        sortBy([...items], key, direction, (m) => m.number),
        (m) => milestoneJson(req.ctx, m),
      );
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/collaborators',
    handle(req) {
      const repo = repoOf(req);
      return pagedList(req, peopleOf(req.ctx.world, repo), (u) => {
        const admin = collaboratorRole(req.ctx.world, repo, u.login) === 'admin';
        return {
          ...simpleUser(req.ctx, u),
          permissions: { pull: true, triage: true, push: true, maintain: admin, admin },
          role_name: admin ? 'admin' : 'write',
        };
      });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/assignees',
    handle(req) {
      const repo = repoOf(req);
      return pagedList(req, peopleOf(req.ctx.world, repo), (u) => simpleUser(req.ctx, u));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/stargazers',
    handle(req) {
      const repo = repoOf(req);
      const withDates = /star\+json/.test(String(req.headers.accept ?? ''));
      return pagedList(req, stargazersOf(req.ctx.world, repo), (s) => starJson(req.ctx, s, withDates));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/events',
    handle(req) {
      const repo = repoOf(req);
      const events = repoEvents(req.ctx, repo, stargazersOf(req.ctx.world, repo));
      return pagedList(req, events, (e) => eventJson(req.ctx, repo, e));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/comments',
    handle(req) {
      const repo = repoOf(req);
      return pagedList(req, commitCommentsOf(req.ctx.world, repo), (c) => commitCommentJson(req.ctx, repo, c));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/ref/{ref}',
    handle(req) {
      const repo = repoOf(req);
      if (isEmptyRepository(req, repo)) throw emptyRepositoryError();
      const ref = req.params.ref ?? '';
      const gh = req.ctx.world.github;
      const [kind, ...rest] = ref.split('/');
      const name = rest.join('/');
      const sha =
        kind === 'heads'
          ? gh.branches.get(`${repo.fullName}/branches/${name}`)?.sha
          : kind === 'tags'
            ? gh.tags.get(`${repo.fullName}/tags/${name}`)?.sha
            : undefined;
      if (sha === undefined) throw notFound();
      return ok({
        ref: `refs/${ref}`,
        node_id: Buffer.from(`04:Ref${repo.id}:refs/${ref}`).toString('base64'),
        url: `${req.ctx.api}/repos/${repo.fullName}/git/refs/${ref}`,
        object: { type: 'commit', sha, url: `${req.ctx.api}/repos/${repo.fullName}/git/commits/${sha}` },
      });
    },
  },
];

/** Contributor statistics: computed on the first request (202, empty body), served after (200). */
export function contributorStatsRoute(computed: Set<string>): RestRoute {
  return {
    method: 'GET',
    path: '/repos/{owner}/{repo}/stats/contributors',
    handle(req) {
      const repo = repoOf(req);
      const key = `${repo.fullName}@${req.ctx.world.clock.now()}`;
      if (!computed.has(key)) {
        computed.add(key);
        return { status: 202, body: {} };
      }
      if (isEmptyRepository(req, repo)) return { status: 204, body: undefined };
      return ok(contributorStatsOf(req.ctx.world, repo).map((c) => contributorJson(req.ctx, c)));
    },
  };
}
