import {
  type CheckResult,
  type ConnectorContext,
  type ConnectorSpecification,
  configError,
  Source,
  type Stream,
} from '@faros-ce/sdk';
import { apiUrlOf, createGithubClient, type GithubClientOptions } from './client/github-client.js';
import { statusOf } from './client/request-status.js';
import type { GithubConfig } from './generated/config.js';
import { PullRequestCommitsStream } from './graphql/pull-request-commits.js';
import { PullRequestStatsStream } from './graphql/pull-request-stats.js';
import { ReviewsStream } from './graphql/reviews.js';
import { ChangeProbe } from './probe/change-probe.js';
import { RepositoryResolver } from './repos/repository-resolver.js';
import { spec } from './spec.js';
import { assigneesStream } from './streams/assignees.js';
import { branchesStream } from './streams/branches.js';
import { collaboratorsStream } from './streams/collaborators.js';
import { commentsStream } from './streams/comments.js';
import { CommitsStream } from './streams/commits.js';
import { DeploymentsStream } from './streams/deployments.js';
import type { GithubContext } from './streams/github-context.js';
import { issueLabelsStream } from './streams/issue-labels.js';
import { issueMilestonesStream } from './streams/issue-milestones.js';
import { issuesStream } from './streams/issues.js';
import { OrganizationsStream } from './streams/organizations.js';
import { PullRequestsStream } from './streams/pull-requests.js';
import { releasesStream } from './streams/releases.js';
import { RepositoriesStream } from './streams/repositories.js';
import { reviewCommentsStream } from './streams/review-comments.js';
import { tagsStream } from './streams/tags.js';
import { TeamMembersStream } from './streams/team-members.js';
import { TeamMembershipsStream } from './streams/team-memberships.js';
import { TeamsStream } from './streams/teams.js';
import { UsersStream } from './streams/users.js';
import { workflowRunAndJobStreams } from './streams/workflow-jobs.js';
import { workflowsStream } from './streams/workflows.js';

/**
 * The GitHub source: 25 streams of Airbyte's GitHub source (same names, keys, cursors and record
 * shapes) over REST and GraphQL, per-repository state, ascending reads where GitHub allows them.
 */
export class GithubSource extends Source<GithubConfig> {
  readonly name = 'source-github';
  override readonly version = '0.1.0';

  /** @param clientOptions - test knobs for the HTTP client (backoff base, rate-limit time unit). */
  constructor(private readonly clientOptions: GithubClientOptions = {}) {
    super();
  }

  spec(): ConnectorSpecification {
    return spec;
  }

  async check(config: GithubConfig, ctx: ConnectorContext): Promise<CheckResult> {
    const gh = this.context(config, ctx);
    try {
      await gh.octokit.request('GET /rate_limit');
    } catch (error) {
      const status = statusOf(error);
      if (status === 401) return { succeeded: false, message: 'GitHub refused the credentials (401 Bad credentials)' };
      throw configError(`Could not reach GitHub at ${gh.apiUrl}: ${error instanceof Error ? error.message : error}`);
    }
    const selection = await gh.resolver.resolve();
    if (selection.problems.length > 0) return { succeeded: false, message: selection.problems.join('; ') };
    if (selection.repositories.length === 0) {
      return { succeeded: false, message: 'No configured repository is visible to these credentials' };
    }
    return { succeeded: true };
  }

  streams(config: GithubConfig, ctx: ConnectorContext): Stream<GithubConfig>[] {
    const gh = this.context(config, ctx);
    // Each stream has its own slice type; the runtime only hands a stream its own slices.
    const streams: unknown[] = [
      new RepositoriesStream(gh),
      new OrganizationsStream(gh),
      new UsersStream(gh),
      assigneesStream(gh),
      collaboratorsStream(gh),
      new TeamsStream(gh),
      new TeamMembersStream(gh),
      new TeamMembershipsStream(gh),
      branchesStream(gh),
      tagsStream(gh),
      releasesStream(gh),
      new CommitsStream(gh),
      new PullRequestsStream(gh),
      new PullRequestStatsStream(gh),
      new PullRequestCommitsStream(gh),
      new ReviewsStream(gh),
      reviewCommentsStream(gh),
      issuesStream(gh),
      issueLabelsStream(gh),
      issueMilestonesStream(gh),
      commentsStream(gh),
      workflowsStream(gh),
      ...workflowRunAndJobStreams(gh),
      new DeploymentsStream(gh),
    ];
    return streams as Stream<GithubConfig>[];
  }

  override concurrency(config: GithubConfig): number {
    return config.concurrency ?? 4;
  }

  private context(config: GithubConfig, ctx: ConnectorContext): GithubContext {
    const octokit = createGithubClient(config, ctx, this.clientOptions);
    const resolver = new RepositoryResolver(octokit, config, ctx);
    return {
      octokit,
      resolver,
      config,
      apiUrl: apiUrlOf(config),
      logger: ctx,
      changes: new ChangeProbe(octokit, resolver, apiUrlOf(config), ctx),
    };
  }
}
