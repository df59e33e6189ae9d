import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `workflows`: a repository's Actions workflows (incremental on `updated_at`, read whole: they are few). */
export function workflowsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'workflows',
    route: 'GET /repos/{owner}/{repo}/actions/workflows',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
  });
}
