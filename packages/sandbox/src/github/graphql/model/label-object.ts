import { type GithubLabel, type GithubMilestone, type GithubRepository, githubNodeId } from '../../../world/index.js';
import { type ConnectionArgs, type ConnectionObject, paginate, paginateList } from '../connection.js';
import { actorObject } from './account-object.js';
import { type GqlObject, type GraphqlScope, iso, isoOrNull } from './graphql-scope.js';
import { type MilestoneOrder, milestonesInOrder } from './milestone-order.js';
import { pullRequestConnection } from './pull-request-object.js';
import { repositoryObject } from './repository-object.js';

type Order = { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;

/** A repository's labels: creation order, or by name when `orderBy.field` is NAME; `query` filters names. */
export function labelConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: ConnectionArgs & { readonly orderBy?: Order; readonly query?: string | null },
): ConnectionObject {
  const q = args.query?.toLowerCase();
  const labels = scope.world.github.labels
    .group(repo.fullName)
    .filter((l) => !q || l.name.toLowerCase().includes(q) || (l.description ?? '').toLowerCase().includes(q));
  const descending = args.orderBy?.direction === 'DESC';
  if (args.orderBy?.field === 'NAME') {
    const sorted = [...labels].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) * (descending ? -1 : 1));
    return paginate(sorted, args, { key: (l) => [l.name], descending }, (l) => labelObject(scope, l));
  }
  const sorted = descending ? [...labels].reverse() : labels;
  return paginate(sorted, args, { key: (l) => [l.id], descending }, (l) => labelObject(scope, l));
}

/** The labels named `names` of `repo` (a pull request's or an issue's), in that order. */
export function namedLabelConnection(
  scope: GraphqlScope,
  repo: string,
  names: readonly string[],
  args: ConnectionArgs,
): ConnectionObject {
  const labels = names.flatMap((n) => scope.world.github.labels.get(`${repo}/labels/${n}`) ?? []);
  return paginateList(labels, args, (l) => labelObject(scope, l));
}

/** A label. */
export function labelObject(scope: GraphqlScope, label: GithubLabel): GqlObject {
  const path = `/${label.repo}/labels/${encodeURIComponent(label.name)}`;
  const { github } = scope.world;
  return {
    __typename: 'Label',
    id: githubNodeId('Label', label.id),
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.isDefault,
    createdAt: null,
    updatedAt: null,
    url: `${scope.web}${path}`,
    resourcePath: path,
    repository: () => {
      const repo = github.repositories.get(label.repo);
      return repo ? repositoryObject(scope, repo) : undefined;
    },
    pullRequests: (args: Parameters<typeof pullRequestConnection>[2]) =>
      pullRequestConnection(
        scope,
        github.pullRequests.group(label.repo).filter((p) => p.labels.includes(label.name)),
        args,
      ),
  };
}

/** A repository's milestones, by number; `states` filters. */
export function milestoneConnection(
  scope: GraphqlScope,
  repo: GithubRepository,
  args: ConnectionArgs & { readonly states?: readonly string[] | null; readonly orderBy?: MilestoneOrder | null },
): ConnectionObject {
  const milestones = scope.world.github.milestones
    .group(repo.fullName)
    .filter((m) => !args.states || args.states.includes(m.state.toUpperCase()));
  const { sorted, key, descending } = milestonesInOrder(milestones, args.orderBy);
  return paginate(sorted, args, { key, descending }, (m) => milestoneObject(scope, m));
}

/** A milestone. */
export function milestoneObject(scope: GraphqlScope, milestone: GithubMilestone): GqlObject {
  const path = `/${milestone.repo}/milestone/${milestone.number}`;
  return {
    __typename: 'Milestone',
    id: githubNodeId('Milestone', milestone.id),
    number: milestone.number,
    title: milestone.title,
    description: milestone.description,
    state: milestone.state.toUpperCase(),
    closed: milestone.state === 'closed',
    dueOn: isoOrNull(milestone.dueOn),
    createdAt: iso(milestone.createdAt),
    updatedAt: iso(milestone.updatedAt),
    closedAt: isoOrNull(milestone.closedAt),
    creator: () => actorObject(scope, milestone.creator),
    url: `${scope.web}${path}`,
    resourcePath: path,
  };
}
