import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `assignees`: users who can be assigned issues in a repository (full refresh). */
export function assigneesStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'assignees',
    route: 'GET /repos/{owner}/{repo}/assignees',
    primaryKey: [['id']],
  });
}
