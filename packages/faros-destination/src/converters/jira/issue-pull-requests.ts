import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { pullRequestRef, pullRequestReferenceRows, type RepoName } from '../github/github-keys.js';
import {
  fieldError,
  optionalId,
  optionalString,
  type RecordObject,
  requiredString,
  withinObjects,
} from '../record-fields.js';
import { jiraReferenceRow, taskRef } from './jira-keys.js';

/**
 * `issue_pull_requests`: the pull requests Jira's development panel links to an issue. The record
 * shape we accept (one per issue; our Jira source builds it from the dev-status
 * `GET /rest/dev-status/latest/issue/detail?issueId=…&applicationType=GitHub&dataType=pullrequest`
 * answer, whose `detail[].pullRequests[]` items it copies):
 *
 * ```json
 * { "issueId": "10012", "issueKey": "PROJ-6",
 *   "pullRequests": [{ "id": "#42", "name": "PROJ-6 Fix login", "url": "https://github.com/acme/web/pull/42",
 *     "status": "MERGED", "repositoryName": "acme/web", "repositoryUrl": "https://github.com/acme/web",
 *     "source": { "branch": "PROJ-6-login" }, "destination": { "branch": "main" },
 *     "lastUpdate": "2024-03-01T10:00:00.000+0000" }] }
 * ```
 *
 * Only `issueKey` and, per pull request, `url` (or `repositoryName` plus `id`) are required. Each
 * becomes a `tms_TaskPullRequestAssociation` from the task to the GitHub `vcs_PullRequest`,
 * referenced by repository and number, so it joins the row the GitHub converters write.
 */
export const issuePullRequestsConverter: Converter = {
  source: 'jira',
  stream: 'issue_pull_requests',
  ownedModels: ['tms_TaskPullRequestAssociation'],
  *convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
    const key = requiredString(record, 'issueKey');
    yield jiraReferenceRow('tms_Task', key);
    const targets = withinObjects(record, 'pullRequests', (pr, index) => {
      const target = pullRequestTarget(pr);
      if (target === undefined) {
        context.warn(
          `jira issue_pull_requests: a pull request of a non-GitHub repository was skipped (pullRequests.${index}.url)`,
        );
      }
      return target;
    });
    for (const target of targets) {
      if (target === undefined) continue;
      yield* pullRequestReferenceRows(target.repo, target.number);
      yield row('tms_TaskPullRequestAssociation', {
        task: taskRef(key),
        pullRequest: pullRequestRef(target.repo, target.number),
      });
    }
  },
};

/** Repository owner, name and number of a linked pull request, from its URL or its repository name and id. */
function pullRequestTarget(pr: RecordObject): { repo: RepoName; number: number } | undefined {
  const url = optionalString(pr, 'url');
  if (url !== undefined) {
    const m = /^https?:\/\/[^/]+(?:\/api\/v3)?\/([^/]+)\/([^/]+)\/pulls?\/(\d+)\/?(?:[?#].*)?$/.exec(url);
    if (m !== null) return { repo: { owner: m[1] ?? '', name: m[2] ?? '' }, number: Number(m[3]) };
  }
  const name = optionalString(pr, 'repositoryName');
  const id = optionalId(pr, 'id');
  const parts = name?.split('/');
  const number = id === undefined ? Number.NaN : Number(id.replace(/^#/, ''));
  if (parts?.length === 2 && parts[0] && parts[1] && Number.isInteger(number)) {
    return { repo: { owner: parts[0], name: parts[1] }, number };
  }
  if (url === undefined && name === undefined) throw fieldError('url', 'required but missing');
  return undefined;
}
