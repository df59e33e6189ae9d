import type { EpochMs } from './world-clock.js';

// GitHub accounts, repositories and git data of the world. Times are epoch ms on the world clock; simulators format them.
// Node ids are not stored: `githubNodeId(type, id)` derives them. Users are referenced by login;
// `null` is a deleted account (GitHub shows such authors as null or as the "ghost" user).

/** A GitHub organisation. Key: `login`. */
export interface GithubOrganization {
  readonly id: number;
  readonly login: string;
  readonly name: string;
  readonly description: string | null;
  readonly email: string | null;
  readonly blog: string | null;
  readonly location: string | null;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** A GitHub account: a person or a bot (`dependabot[bot]`). Key: `login`. */
export interface GithubUser {
  readonly id: number;
  readonly login: string;
  readonly type: 'User' | 'Bot';
  /** Display name (may be unicode); null when the profile has none. */
  readonly name: string | null;
  /** Public profile email, often null. */
  readonly email: string | null;
  readonly company: string | null;
  readonly location: string | null;
  readonly siteAdmin: boolean;
  /** Logins of the organisations the account is a member of. */
  readonly orgs: readonly string[];
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** A team of an organisation. Key: `@org/slug`. */
export interface GithubTeam {
  readonly id: number;
  readonly org: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string | null;
  readonly privacy: 'closed' | 'secret';
  readonly permission: 'pull' | 'push' | 'admin';
  /** Slug of the parent team in the same organisation, or null. */
  readonly parentSlug: string | null;
  /** Member logins. */
  readonly members: readonly string[];
  /** Full names (`owner/name`) of the repositories the team has access to. */
  readonly repositories: readonly string[];
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** A repository. Key: `owner/name` (its `fullName`). */
export interface GithubRepository {
  readonly id: number;
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  readonly description: string | null;
  readonly private: boolean;
  readonly visibility: 'public' | 'private' | 'internal';
  readonly fork: boolean;
  readonly archived: boolean;
  readonly defaultBranch: string;
  readonly language: string | null;
  readonly topics: readonly string[];
  readonly hasIssues: boolean;
  /** Size in KB, as GitHub reports it. */
  readonly size: number;
  /** Key of the Jira project whose issue keys this repository's branches and PR titles carry. */
  readonly jiraProject: string;
  /** How pull requests are merged: a two-parent merge commit or a one-parent squash commit. */
  readonly mergeStyle: 'merge' | 'squash';
  readonly createdAt: EpochMs;
  /** Bumped on any change to the repository or a push. */
  readonly updatedAt: EpochMs;
  readonly pushedAt: EpochMs;
}

/** A branch. Key: `owner/name/branches/<branch>`; group: the repository's full name. */
export interface GithubBranch {
  readonly repo: string;
  readonly name: string;
  /** The commit the branch points at (a commit of the same repository). */
  readonly sha: string;
  readonly protected: boolean;
}

/**
 * A git commit. Key: `owner/name/commits/<sha>`; group: the repository, in creation order (a
 * pull request's commits are created when it opens; walk `parents` for history order).
 * `authorLogin`/`committerLogin` are the GitHub accounts the git emails belong to, null when the
 * email is linked to no account (or the account was deleted).
 */
export interface GithubCommit {
  readonly repo: string;
  readonly sha: string;
  /** Parent shas: none for the root commit, two for a merge commit. */
  readonly parents: readonly string[];
  readonly message: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly authoredAt: EpochMs;
  readonly authorLogin: string | null;
  readonly committerName: string;
  readonly committerEmail: string;
  readonly committedAt: EpochMs;
  readonly committerLogin: string | null;
  /** The branch the commit was made on. */
  readonly branch: string;
  readonly additions: number;
  readonly deletions: number;
  readonly changedFiles: number;
}

/** A label of a repository. Key: `owner/name/labels/<name>`. */
export interface GithubLabel {
  readonly id: number;
  readonly repo: string;
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string | null;
  readonly isDefault: boolean;
}

/** A milestone. Key: `owner/name/milestones/<number>`. */
export interface GithubMilestone {
  readonly id: number;
  readonly repo: string;
  readonly number: number;
  readonly title: string;
  readonly description: string | null;
  readonly state: 'open' | 'closed';
  readonly creator: string | null;
  readonly dueOn: EpochMs | null;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
  readonly closedAt: EpochMs | null;
}

/** A tag. Key: `owner/name/tags/<name>`. Tags have no dates: take them from the commit. */
export interface GithubTag {
  readonly repo: string;
  readonly name: string;
  readonly sha: string;
}

/** A release. Key: `owner/name/releases/<id>`. A draft's tag does not exist yet. */
export interface GithubRelease {
  readonly id: number;
  readonly repo: string;
  readonly tagName: string;
  readonly name: string | null;
  readonly body: string | null;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly author: string | null;
  readonly targetCommitish: string;
  readonly createdAt: EpochMs;
  /** Null on drafts. */
  readonly publishedAt: EpochMs | null;
}
