import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/**
 * `issue_milestones`: open and closed milestones (incremental on `updated_at`; GitHub cannot sort them
 * by it, so the whole list is read and the cursor moves when the repository is done).
 */
export function issueMilestonesStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'issue_milestones',
    route: 'GET /repos/{owner}/{repo}/milestones',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    params: () => ({ state: 'all' }),
    // Only milestones updated after the cursor are emitted: the newest updated_at (and the count) covers them.
    changeKind: 'milestones',
  });
}
