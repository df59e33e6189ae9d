import type { ErrorClassifier } from '@faros-ce/sdk';
import { devSummaryFieldId, mayLinkPullRequests } from '../client/dev-summary.js';
import { jiraClassifier } from '../client/jira-classifier.js';
import type { JiraClient } from '../client/jira-client.js';
import type { JiraRecord } from '../jira-context.js';
import { jiraMs } from '../jira-time.js';
import { issuePullRequestsSchema } from '../schemas/issue-schemas.js';
import { IssueChildStream } from './issue-child-stream.js';

// The dev-status API is internal: a site without it (or without the permission) answers 403/404.
const unavailable: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && [401, 403, 404].includes(outcome.response.status) && context.attempt === 1
    ? { action: 'ignore' }
    : jiraClassifier(outcome, context);

interface DevStatusDetail {
  readonly detail?: readonly { readonly pullRequests?: readonly JiraRecord[] }[];
}

/**
 * `issue_pull_requests`: the GitHub pull requests Jira's development panel links to each issue
 * updated since the cursor, from `GET /rest/dev-status/latest/issue/detail`. One record per issue
 * that has any: `{issueId, issueKey, updated, pullRequests: [dev-status items as sent]}`. When the
 * site does not answer dev-status, the stream reads nothing (and says so once).
 *
 * dev-status is asked only where it can answer something new: not for issues at or before the
 * cursor (their record, whose `updated` is the issue's, would be dropped as already sent), nor for
 * issues whose Development summary field, read in the same search, says no pull request is linked
 * (then dev-status lists none and no record would be made). Without that field, every issue is asked.
 */
export class IssuePullRequests extends IssueChildStream {
  readonly name = 'issue_pull_requests';
  readonly jsonSchema = issuePullRequestsSchema;
  override readonly primaryKey = [['issueId']];
  protected readonly searchFields = 'updated';
  private unavailable = false;
  private summaryField: Promise<string | undefined> | undefined;

  private devSummaryField(): Promise<string | undefined> {
    this.summaryField ??= this.jira.fields().then(devSummaryFieldId);
    return this.summaryField;
  }

  protected override async searchFieldList(): Promise<string> {
    const summary = await this.devSummaryField();
    return summary ? `${this.searchFields},${summary}` : this.searchFields;
  }

  protected async *children(
    client: JiraClient,
    issue: JiraRecord,
    signal: AbortSignal,
    bookmark: unknown,
  ): AsyncGenerator<JiraRecord> {
    if (this.unavailable) return;
    const fields = (issue.fields ?? {}) as JiraRecord;
    if (this.isOld(jiraMs(fields.updated), bookmark)) return;
    const summary = await this.devSummaryField();
    if (summary !== undefined && mayLinkPullRequests(fields[summary]) === false) return;
    const response = await client.http.get<DevStatusDetail>('/rest/dev-status/latest/issue/detail', {
      params: { issueId: String(issue.id), applicationType: 'GitHub', dataType: 'pullrequest' },
      signal,
      classify: unavailable,
    });
    if (response.ignored) {
      // 404: this issue is gone; 401/403: dev-status is not open to us, so stop asking.
      this.unavailable = response.status !== 404;
      return;
    }
    const pullRequests = (response.data?.detail ?? []).flatMap((d) => d.pullRequests ?? []);
    if (pullRequests.length === 0) return;
    yield { issueId: String(issue.id), issueKey: String(issue.key), updated: fields.updated, pullRequests };
  }
}
