import type { GithubRepository } from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate } from '../connection.js';
import { commitObject, findCommit } from './commit-object.js';
import { compositeNodeId, type GqlObject, type GraphqlScope } from './graphql-scope.js';
import { type PullRequestListArgs, pullRequestConnection } from './pull-request-object.js';
import { repositoryObject } from './repository-object.js';

const HEADS = 'refs/heads/';
const TAGS = 'refs/tags/';

/** The sha a qualified ref (`refs/heads/x`, `refs/tags/v1`) points at, if it exists. */
function refSha(scope: GraphqlScope, repo: GithubRepository, qualified: string): string | undefined {
  const { github } = scope.world;
  if (qualified.startsWith(HEADS))
    return github.branches.get(`${repo.fullName}/branches/${qualified.slice(HEADS.length)}`)?.sha;
  if (qualified.startsWith(TAGS)) return github.tags.get(`${repo.fullName}/tags/${qualified.slice(TAGS.length)}`)?.sha;
  return undefined;
}

/** The fully qualified name of `name` (`main`, `refs/heads/main`, `v1.0`), branches before tags as git does. */
export function resolveRef(scope: GraphqlScope, repo: GithubRepository, name: string): string | undefined {
  const candidates = name.startsWith('refs/') ? [name] : [`${HEADS}${name}`, `${TAGS}${name}`];
  return candidates.find((q) => refSha(scope, repo, q) !== undefined);
}

/** A `Ref`, or null when it does not exist. Tags are lightweight in the world, so every target is a `Commit`. */
export function refObject(scope: GraphqlScope, repo: GithubRepository, qualified: string): GqlObject | null {
  const sha = refSha(scope, repo, qualified);
  if (sha === undefined) return null;
  const prefix = qualified.startsWith(HEADS) ? HEADS : TAGS;
  const name = qualified.slice(prefix.length);
  const { github } = scope.world;
  return {
    __typename: 'Ref',
    id: compositeNodeId('Ref', repo.id, qualified),
    name,
    prefix,
    target: () => commitObject(scope, repo, sha) ?? null,
    repository: () => repositoryObject(scope, repo),
    branchProtectionRule: null,
    refUpdateRule: null,
    associatedPullRequests: (args: PullRequestListArgs) =>
      pullRequestConnection(
        scope,
        prefix === HEADS ? github.pullRequests.group(repo.fullName).filter((p) => p.headRef === name) : [],
        args,
      ),
  };
}

/** Arguments of `Repository.refs`. */
export interface RefListArgs extends ConnectionArgs {
  readonly refPrefix: string;
  readonly query?: string | null;
  readonly direction?: 'ASC' | 'DESC' | null;
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
}

/** Branches (`refs/heads/`) or tags (`refs/tags/`) by name, or by commit date with `TAG_COMMIT_DATE`. */
export function refConnection(scope: GraphqlScope, repo: GithubRepository, args: RefListArgs): ConnectionObject {
  const { github } = scope.world;
  const names =
    args.refPrefix === HEADS
      ? github.branches.group(repo.fullName).map((b) => b.name)
      : args.refPrefix === TAGS
        ? github.tags.group(repo.fullName).map((t) => t.name)
        : [];
  const selected = names.filter((n) => !args.query || n.includes(args.query));
  const byDate = args.orderBy?.field === 'TAG_COMMIT_DATE';
  const descending = (args.orderBy?.direction ?? args.direction) === 'DESC';
  const dateOf = (name: string): number => {
    const sha = refSha(scope, repo, args.refPrefix + name);
    return (sha && findCommit(scope, repo.fullName, sha)?.committedAt) || 0;
  };
  const keyed = selected.map((name) => ({ name, key: byDate ? ([dateOf(name), name] as const) : ([name] as const) }));
  keyed.sort((a, b) => {
    const c = byDate ? (a.key[0] as number) - (b.key[0] as number) || cmp(a.name, b.name) : cmp(a.name, b.name);
    return descending ? -c : c;
  });
  return paginate(keyed, args, { key: (k) => k.key, descending }, (k) =>
    refObject(scope, repo, args.refPrefix + k.name),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `Repository.object(oid:|expression:)`: commits by sha, or a ref name or sha as `expression`. */
export function gitObject(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: { readonly oid?: string | null; readonly expression?: string | null },
): GqlObject | null {
  if (args.oid) return commitObject(scope, repo, args.oid) ?? null;
  const expression = args.expression;
  if (!expression || expression.includes(':')) return null; // trees and blobs are not modelled
  const name = expression === 'HEAD' ? `${HEADS}${repo.defaultBranch}` : resolveRef(scope, repo, expression);
  const sha = name ? refSha(scope, repo, name) : expression;
  return sha ? (commitObject(scope, repo, sha) ?? null) : null;
}
