import type { GithubPullRequest, JiraIssue, JiraUser, World } from '../world/index.js';
import { jiraKeysIn } from '../world/index.js';

/** Which Jira a simulator plays: Cloud (REST v3, ADF, account ids) or Data Center (REST v2, wiki markup, user names). */
export type JiraFlavor = 'cloud' | 'dataCenter';

/** Indexes derived from the world, rebuilt when it moves on. */
export interface JiraIndexes {
  /** Subtask issues by parent issue id. */
  readonly subtasks: ReadonlyMap<string, readonly JiraIssue[]>;
  /** Pull requests whose title or head branch mention the issue's key, by issue id. */
  readonly pulls: ReadonlyMap<string, readonly GithubPullRequest[]>;
}

/** One Jira site as a simulator serves it: the world, the flavor and the API user. */
export class JiraSite {
  private indexes: { readonly stamp: string; readonly value: JiraIndexes } | undefined;

  constructor(
    readonly world: World,
    readonly flavor: JiraFlavor,
    /** The user the credentials belong to (`myself`); JQL dates are read in its time zone. */
    readonly apiUser: JiraUser,
  ) {}

  /** `/rest/api/3` on Cloud, `/rest/api/2` on Data Center. */
  get api(): string {
    return this.flavor === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  }

  /** Derived indexes, cached until the world changes (its clock or its sizes). */
  derived(): JiraIndexes {
    const { world } = this;
    const stamp = `${world.clock.now()}/${world.jira.issues.size}/${world.github.pullRequests.size}`;
    if (this.indexes?.stamp !== stamp) this.indexes = { stamp, value: this.build() };
    return this.indexes.value;
  }

  private build(): JiraIndexes {
    const { jira, github } = this.world;
    const subtasks = new Map<string, JiraIssue[]>();
    for (const issue of jira.issues.values()) {
      if (issue.parentId === null) continue;
      const list = subtasks.get(issue.parentId);
      if (list) list.push(issue);
      else subtasks.set(issue.parentId, [issue]);
    }
    const pulls = new Map<string, GithubPullRequest[]>();
    for (const pull of github.pullRequests.values()) {
      const ids = new Set<string>();
      for (const key of jiraKeysIn(`${pull.title} ${pull.headRef}`)) {
        const issue = jira.resolveIssueKey(key);
        if (issue) ids.add(issue.id);
      }
      for (const id of ids) {
        const list = pulls.get(id);
        if (list) list.push(pull);
        else pulls.set(id, [pull]);
      }
    }
    return { subtasks, pulls };
  }
}

/**
 * One request's view of the site: the site and the base URL (scheme and host the client used), from
 * which every `self` link is built.
 */
export interface JiraView {
  readonly site: JiraSite;
  readonly base: string;
}
