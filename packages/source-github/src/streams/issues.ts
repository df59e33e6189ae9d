import type { GithubContext } from './github-context.js';
import { renameReactions } from './rename-reactions.js';
import { RepoListStream } from './repo-list-stream.js';

/**
 * `issues`: issues and pull requests (GitHub lists both; pull requests carry `pull_request`),
 * incremental on `updated_at` with GitHub's `since` and oldest first, so the runtime checkpoints
 * inside a repository.
 */
export function issuesStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'issues',
    route: 'GET /repos/{owner}/{repo}/issues',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    conditional: true,
    // Any change to an issue or a pull request moves its updated_at, which `since` filters on; REST lists
    // both, so the fingerprint has the newest of each (GraphQL `issues` excludes pull requests).
    changeKind: 'issues',
    params: (since) => ({ state: 'all', sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}
