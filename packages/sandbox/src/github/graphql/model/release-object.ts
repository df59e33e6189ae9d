import { type GithubRelease, type GithubRepository, githubNodeId } from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { plainUserObject } from './account-object.js';
import { commitObject } from './commit-object.js';
import { type GqlObject, type GraphqlScope, html, intOrNull, iso, isoOrNull } from './graphql-scope.js';
import { refObject } from './ref-object.js';
import { repositoryObject } from './repository-object.js';

/** Arguments of `Repository.releases` (`ReleaseOrder`: CREATED_AT or NAME). */
export interface ReleaseListArgs extends ConnectionArgs {
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
}

/** A repository's releases: by creation time, newest first unless `orderBy` says otherwise. */
export function releaseConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: ReleaseListArgs,
): ConnectionObject {
  const byName = args.orderBy?.field === 'NAME';
  const descending = (args.orderBy?.direction ?? 'DESC') === 'DESC';
  const key = (r: GithubRelease) => (byName ? [r.name ?? r.tagName, r.id] : [r.createdAt, r.id]);
  const sorted = [...scope.world.github.releases.group(repo.fullName)].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const c =
      x[0] === y[0]
        ? (x[1] as number) - (y[1] as number)
        : (x[0] as number | string) < (y[0] as number | string)
          ? -1
          : 1;
    return descending ? -c : c;
  });
  return paginate(sorted, args, { key, descending }, (r) => releaseObject(scope, r));
}

/** The latest release: the newest published one that is neither a draft nor a prerelease. */
export function latestRelease(scope: GraphqlScope, repo: GithubRepository): GqlObject | null {
  const latest = latestOf(scope, repo.fullName);
  return latest ? releaseObject(scope, latest) : null;
}

function latestOf(scope: GraphqlScope, repo: string): GithubRelease | undefined {
  let latest: GithubRelease | undefined;
  for (const r of scope.world.github.releases.group(repo)) {
    if (r.draft || r.prerelease || r.publishedAt === null) continue;
    if (!latest || (latest.publishedAt ?? 0) < r.publishedAt) latest = r;
  }
  return latest;
}

/** A release; a draft's tag does not exist yet, so it has no `tag` or `tagCommit`. */
export function releaseObject(scope: GraphqlScope, release: GithubRelease): GqlObject {
  const { github } = scope.world;
  const repository = github.repositories.get(release.repo);
  const tag = github.tags.get(`${release.repo}/tags/${release.tagName}`);
  const path = `/${release.repo}/releases/tag/${encodeURIComponent(release.tagName)}`;
  return {
    __typename: 'Release',
    id: githubNodeId('Release', release.id),
    databaseId: intOrNull(release.id),
    name: release.name,
    tagName: release.tagName,
    description: release.body,
    descriptionHTML: html(release.body),
    shortDescriptionHTML: () => html(release.body?.slice(0, 200) ?? null),
    isDraft: release.draft,
    isPrerelease: release.prerelease,
    isLatest: latestOf(scope, release.repo) === release,
    createdAt: iso(release.createdAt),
    publishedAt: isoOrNull(release.publishedAt),
    updatedAt: iso(release.publishedAt ?? release.createdAt),
    url: `${scope.web}${path}`,
    resourcePath: path,
    author: () => plainUserObject(scope, release.author),
    tag: () => (tag && repository ? refObject(scope, repository, `refs/tags/${tag.name}`) : null),
    tagCommit: () => (tag && repository ? (commitObject(scope, repository, tag.sha) ?? null) : null),
    repository: () => (repository ? repositoryObject(scope, repository) : undefined),
    // The world has no release assets, mentions or reactions.
    releaseAssets: (args: ConnectionArgs) => paginateList([], args, () => null),
    mentions: (args: ConnectionArgs) => paginateList([], args, () => null),
    reactions: (args: ConnectionArgs) => paginateList([], args, () => null),
    reactionGroups: [],
  };
}
