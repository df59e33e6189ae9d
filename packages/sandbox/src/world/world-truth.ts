import type { GithubStore } from './github-store.js';
import type { JenkinsStore } from './jenkins-store.js';
import type { JiraStore } from './jira-store.js';
import type { WorldScale } from './scale-profile.js';
import type { Table } from './table.js';
import { worldKeys } from './world-keys.js';
import type { EntityTruth, GithubEntityName, JenkinsEntityName, JiraEntityName, WorldTruth } from './world-types.js';

function ofKeys(keys: string[]): EntityTruth {
  return { count: keys.length, keys };
}

function ofTable<T>(table: Table<T>): EntityTruth {
  return ofKeys(table.keyArray());
}

/** What the world holds: counts and natural keys per entity kind, in table order. */
export function worldTruth(
  meta: { seed: number | string; scale: WorldScale; now: number },
  github: GithubStore,
  jira: JiraStore,
  jenkins: JenkinsStore,
): WorldTruth {
  const issueKeys: string[] = [];
  for (const repo of github.repositories.keys()) {
    for (const item of github.issuesAndPullsOf(repo)) issueKeys.push(worldKeys.issue(repo, item.number));
  }
  const gh: Record<GithubEntityName, EntityTruth> = {
    organizations: ofTable(github.organizations),
    users: ofTable(github.users),
    teams: ofTable(github.teams),
    repositories: ofTable(github.repositories),
    branches: ofTable(github.branches),
    commits: ofTable(github.commits),
    labels: ofTable(github.labels),
    milestones: ofTable(github.milestones),
    issues: ofKeys(issueKeys),
    pullRequests: ofTable(github.pullRequests),
    reviews: ofTable(github.reviews),
    reviewComments: ofTable(github.reviewComments),
    tags: ofTable(github.tags),
    releases: ofTable(github.releases),
    workflows: ofTable(github.workflows),
    workflowRuns: ofTable(github.workflowRuns),
    workflowJobs: ofTable(github.workflowJobs),
    deployments: ofTable(github.deployments),
  };
  const changelogs: string[] = [];
  for (const issue of jira.issues.values()) for (const h of issue.changelog) changelogs.push(h.id);
  const ji: Record<JiraEntityName, EntityTruth> = {
    users: ofTable(jira.users),
    statuses: ofTable(jira.statuses),
    issueTypes: ofTable(jira.issueTypes),
    priorities: ofTable(jira.priorities),
    resolutions: ofTable(jira.resolutions),
    fields: ofTable(jira.fields),
    projects: ofTable(jira.projects),
    boards: ofTable(jira.boards),
    sprints: ofTable(jira.sprints),
    versions: ofTable(jira.versions),
    issues: ofTable(jira.issues),
    changelogs: ofKeys(changelogs),
  };
  const folders: string[] = [];
  const jobs: string[] = [];
  for (const job of jenkins.jobs.values()) (job.buildable ? jobs : folders).push(job.fullName);
  const je: Record<JenkinsEntityName, EntityTruth> = {
    folders: ofKeys(folders),
    jobs: ofKeys(jobs),
    builds: ofTable(jenkins.builds),
  };
  return { seed: meta.seed, scale: meta.scale, now: meta.now, github: gh, jira: ji, jenkins: je };
}
