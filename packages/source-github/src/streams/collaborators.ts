import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `collaborators`: a repository's collaborators (full refresh; needs push access, else skipped with a warning). */
export function collaboratorsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'collaborators',
    route: 'GET /repos/{owner}/{repo}/collaborators',
    primaryKey: [['id']],
    params: () => ({ affiliation: 'all' }),
  });
}
