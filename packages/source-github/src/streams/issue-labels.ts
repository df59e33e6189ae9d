import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `issue_labels`: a repository's labels (full refresh). */
export function issueLabelsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'issue_labels',
    route: 'GET /repos/{owner}/{repo}/labels',
    primaryKey: [['id']],
  });
}
