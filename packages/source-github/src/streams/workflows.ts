import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/**
 * `workflows`: a repository's Actions workflows (incremental on `updated_at`, read whole: they are
 * few). The request is the same every time, so a one-page answer's ETag is kept and sent as
 * `If-None-Match`: GitHub's 304 means no workflow was added, changed or removed.
 */
export function workflowsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'workflows',
    route: 'GET /repos/{owner}/{repo}/actions/workflows',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    conditional: true,
  });
}
