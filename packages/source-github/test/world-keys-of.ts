/** A record as the tests see it. */
type Rec = Record<string, unknown>;

const pullNumber = (r: Rec): number => Number(/\/pulls\/(\d+)$/.exec(String(r.pull_request_url))?.[1]);

/**
 * How a record of each stream names its world entity (`world.truth()` keys, see the sandbox's
 * `worldKeys`), and which truth entity that is. Streams without a truth entity are left out.
 */
export const WORLD_KEY_OF: Readonly<Record<string, { entity: string; key: (r: Rec) => string }>> = {
  organizations: { entity: 'organizations', key: (r) => String(r.login) },
  repositories: { entity: 'repositories', key: (r) => String(r.full_name) },
  teams: { entity: 'teams', key: (r) => `@${r.organization}/${r.slug}` },
  branches: { entity: 'branches', key: (r) => `${r.repository}/branches/${r.name}` },
  commits: { entity: 'commits', key: (r) => `${r.repository}/commits/${r.sha}` },
  issue_labels: { entity: 'labels', key: (r) => `${r.repository}/labels/${r.name}` },
  issue_milestones: { entity: 'milestones', key: (r) => `${r.repository}/milestones/${r.number}` },
  issues: { entity: 'issues', key: (r) => `${r.repository}#${r.number}` },
  pull_requests: { entity: 'pullRequests', key: (r) => `${r.repository}#${r.number}` },
  pull_request_stats: { entity: 'pullRequests', key: (r) => `${r.repository}#${r.number}` },
  reviews: { entity: 'reviews', key: (r) => `${r.repository}#${pullNumber(r)}/reviews/${r.id}` },
  review_comments: { entity: 'reviewComments', key: (r) => `${r.repository}#${pullNumber(r)}/comments/${r.id}` },
  tags: { entity: 'tags', key: (r) => `${r.repository}/tags/${r.name}` },
  releases: { entity: 'releases', key: (r) => `${r.repository}/releases/${r.id}` },
  workflows: { entity: 'workflows', key: (r) => `${r.repository}/workflows/${r.id}` },
  workflow_runs: {
    entity: 'workflowRuns',
    key: (r) => `${(r.repository as { full_name: string }).full_name}/runs/${r.id}`,
  },
  workflow_jobs: { entity: 'workflowJobs', key: (r) => `${r.repository}/jobs/${r.id}` },
  deployments: { entity: 'deployments', key: (r) => `${r.repository}/deployments/${r.id}` },
};
