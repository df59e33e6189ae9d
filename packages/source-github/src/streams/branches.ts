import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `branches`: a repository's branches (full refresh). */
export function branchesStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'branches',
    route: 'GET /repos/{owner}/{repo}/branches',
    primaryKey: [['repository'], ['name']],
  });
}
