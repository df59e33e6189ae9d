import {
  AirbyteError,
  type CheckResult,
  type ConnectorContext,
  type ConnectorSpecification,
  type ErrorClassifier,
  Source,
  type Stream,
} from '@faros-ce/sdk';
import { jiraClassifier } from './client/jira-classifier.js';
import { type ConnectOptions, connectJira, siteUrl } from './client/jira-client.js';
import type { JiraConfig } from './generated/config.js';
import { JiraContext } from './jira-context.js';
import { spec } from './spec.js';
import { BoardIssues } from './streams/board-issues.js';
import { Boards } from './streams/boards.js';
import { IssueChangelogs } from './streams/issue-changelogs.js';
import { IssueComments } from './streams/issue-comments.js';
import { IssuePullRequests } from './streams/issue-pull-requests.js';
import { IssueWorklogs } from './streams/issue-worklogs.js';
import { Issues } from './streams/issues.js';
import { ListStream } from './streams/list-stream.js';
import { ProjectVersions } from './streams/project-versions.js';
import { Projects } from './streams/projects.js';
import { issueFields, issuePriorities, issueResolutions, issueTypes, labels, users } from './streams/site-streams.js';
import { SprintIssues } from './streams/sprint-issues.js';
import { Sprints } from './streams/sprints.js';

// In check, a missing project is an answer, not an error.
const notFoundIgnored: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && outcome.response.status === 404
    ? { action: 'ignore' }
    : jiraClassifier(outcome, context);

/** The Jira source: Cloud (REST v3) and Data Center (REST v2), plus the agile and dev-status APIs. */
export class JiraSource extends Source<JiraConfig> {
  readonly name = 'source-jira';
  override readonly version = '0.1.0';

  /** `options.retry` overrides the SDK's retry limits (the CLI uses the defaults). */
  constructor(private readonly options: ConnectOptions = {}) {
    super();
  }

  spec(): ConnectorSpecification {
    return spec;
  }

  /** Proves the site answers, the credentials work and every configured project exists. */
  async check(config: JiraConfig, ctx: ConnectorContext): Promise<CheckResult> {
    const site = siteUrl(config.domain);
    try {
      // Few retries: a wrong domain should fail fast, not after minutes of backoff.
      const client = await connectJira(config, ctx, { retry: { ...this.options.retry, maxRetries: 1 } });
      const me = await client.myself();
      const missing: string[] = [];
      for (const key of config.projects) {
        const project = await client.get(`/project/${encodeURIComponent(key)}`, { classify: notFoundIgnored });
        if (project.ignored) missing.push(key);
      }
      if (missing.length > 0) {
        return {
          succeeded: false,
          message: `Project${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found on ${site}, or not visible to ${me.displayName ?? 'the API user'}.`,
        };
      }
      return { succeeded: true };
    } catch (error) {
      const reason = error instanceof AirbyteError ? error.message : String(error);
      return { succeeded: false, message: `Could not connect to Jira at ${site}: ${reason}` };
    }
  }

  /** The streams; `labels` only on Cloud (Data Center has no label list). */
  async streams(config: JiraConfig, ctx: ConnectorContext): Promise<Stream<JiraConfig>[]> {
    const jira = new JiraContext(config, ctx, this.options);
    const client = await jira.client();
    const lists = [issueFields, issueTypes, issuePriorities, issueResolutions, users];
    if (client.flavor === 'cloud') lists.push(labels);
    return [
      new Projects(jira),
      ...lists.map((definition) => new ListStream(jira, definition)),
      new Issues(jira),
      new IssueComments(jira),
      new IssueWorklogs(jira),
      new IssueChangelogs(jira),
      new IssuePullRequests(jira),
      new Boards(jira),
      new BoardIssues(jira),
      new Sprints(jira),
      new SprintIssues(jira),
      new ProjectVersions(jira),
    ];
  }

  override concurrency(config: JiraConfig): number {
    return config.concurrency_limit;
  }
}
