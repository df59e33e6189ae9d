import type {
  GithubCommit,
  GithubIssue,
  GithubPullRequest,
  GithubRepository,
  GithubUser,
  World,
} from '../../world/index.js';
import { hashString } from '../../world/random.js';

// Activity the world does not store, derived deterministically from what it does: stars, issue
// comments (the world keeps only their count), commit comments and contributor statistics. The same
// world gives the same ids and times; an advance only adds (or, for issue comments, extends).

const HOUR = 3_600_000;

/** A derived star. */
export interface Star {
  readonly user: GithubUser;
  readonly starredAt: number;
}

/** A derived issue (or pull request) comment. */
export interface IssueComment {
  readonly id: number;
  readonly repo: string;
  readonly number: number;
  readonly author: string | null;
  readonly body: string;
  readonly createdAt: number;
}

/** A derived commit comment. */
export interface CommitComment {
  readonly id: number;
  readonly repo: string;
  readonly sha: string;
  readonly author: string | null;
  readonly body: string;
  readonly path: string;
  readonly line: number;
  readonly createdAt: number;
}

const fraction = (text: string): number => hashString(text) / 2 ** 32;

/** The people of a repository's owner (members of its organisation), in login order. */
export function peopleOf(world: World, repo: GithubRepository): GithubUser[] {
  return [...world.github.users]
    .filter((u) => u.type === 'User' && u.orgs.includes(repo.owner))
    .sort((a, b) => (a.login < b.login ? -1 : 1));
}

/** Who starred a repository, oldest star first (GitHub's order). About two in three people. */
export function stargazersOf(world: World, repo: GithubRepository): Star[] {
  const now = world.clock.now();
  const stars: Star[] = [];
  for (const user of world.github.users) {
    if (user.type !== 'User' || hashString(`star:${repo.fullName}:${user.login}`) % 3 === 0) continue;
    const from = Math.max(repo.createdAt, user.createdAt);
    const starredAt = Math.floor(from + fraction(`starred:${repo.fullName}:${user.login}`) * Math.max(0, now - from));
    stars.push({ user, starredAt: Math.floor(starredAt / 1000) * 1000 });
  }
  return stars.sort((a, b) => a.starredAt - b.starredAt || a.user.id - b.user.id);
}

const COMMENT_BODIES = [
  'Thanks, looking into it.',
  'I can reproduce this on the latest main.',
  'Could you add a test for this?',
  'LGTM once CI is green.',
  'This is related to the ticket in the title.',
  'Fixed in the follow-up change.',
];

/** The comments of one issue or pull request (its world `comments` count), oldest first. */
export function commentsOf(world: World, item: GithubIssue | GithubPullRequest): IssueComment[] {
  const repo = world.github.repositories.get(item.repo);
  const people = repo === undefined ? [] : peopleOf(world, repo);
  const gap = HOUR + Math.floor(fraction(`gap:${item.repo}#${item.number}`) * 6 * HOUR);
  const issueId = item.kind === 'pull' ? item.issueId : item.id;
  const out: IssueComment[] = [];
  for (let k = 0; k < item.comments; k++) {
    const seed = hashString(`comment:${item.repo}#${item.number}:${k}`);
    const author = k === 0 || people.length === 0 ? item.author : (people[seed % people.length]?.login ?? null);
    const createdAt = Math.min(item.createdAt + (k + 1) * gap, item.updatedAt);
    out.push({
      // Unique: issue ids are below 2^31 + a few million; 1000 comments per issue at most.
      id: 4_000_000_000 + (issueId - 2_000_000_000) * 1000 + k,
      repo: item.repo,
      number: item.number,
      author,
      body: COMMENT_BODIES[seed % COMMENT_BODIES.length] as string,
      createdAt,
    });
  }
  return out;
}

/** Every issue and pull request comment of a repository, in id order. */
export function repoCommentsOf(world: World, repo: string): IssueComment[] {
  return world.github
    .issuesAndPullsOf(repo)
    .flatMap((item) => commentsOf(world, item))
    .sort((a, b) => a.id - b.id);
}

/** Comments on commits: one on about every tenth commit of the repository, in id order. */
export function commitCommentsOf(world: World, repo: GithubRepository): CommitComment[] {
  const commits: readonly GithubCommit[] = world.github.commits.group(repo.fullName);
  const out: CommitComment[] = [];
  commits.forEach((commit, index) => {
    const seed = hashString(`commit-comment:${commit.sha}`);
    if (seed % 10 !== 0) return;
    out.push({
      id: 6_000_000_000 + (repo.id - 400_000_000) * 1_000_000 + index,
      repo: repo.fullName,
      sha: commit.sha,
      author: commit.authorLogin,
      body: COMMENT_BODIES[seed % COMMENT_BODIES.length] as string,
      path: 'src/index.ts',
      line: 1 + (seed % 200),
      createdAt: commit.committedAt + HOUR,
    });
  });
  return out.filter((c) => c.createdAt <= world.clock.now());
}

/** One contributor's weekly activity: `w` week start (epoch seconds), additions, deletions, commits. */
export interface ContributorWeeks {
  readonly login: string;
  readonly total: number;
  readonly weeks: readonly { w: number; a: number; d: number; c: number }[];
}

const WEEK = 7 * 24 * HOUR;
/** Sunday 00:00 UTC on or before `ms` (GitHub's weeks start on Sunday). */
const weekStart = (ms: number): number => {
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - day.getUTCDay());
};

/** Contributor statistics of the default branch's authors who have accounts, by total commits ascending. */
export function contributorStatsOf(world: World, repo: GithubRepository): ContributorWeeks[] {
  const commits = world.github.commits.group(repo.fullName);
  if (commits.length === 0) return [];
  const first = weekStart(Math.min(...commits.map((c) => c.authoredAt)));
  const last = weekStart(world.clock.now());
  const byLogin = new Map<string, Map<number, { a: number; d: number; c: number }>>();
  for (const commit of commits) {
    if (commit.authorLogin === null || !world.github.users.has(commit.authorLogin)) continue;
    const weeks = byLogin.get(commit.authorLogin) ?? new Map();
    byLogin.set(commit.authorLogin, weeks);
    const w = weekStart(commit.authoredAt);
    const week = weeks.get(w) ?? { a: 0, d: 0, c: 0 };
    weeks.set(w, { a: week.a + commit.additions, d: week.d + commit.deletions, c: week.c + 1 });
  }
  const out: ContributorWeeks[] = [];
  for (const [login, weeks] of byLogin) {
    const series = [];
    let total = 0;
    for (let w = first; w <= last; w += WEEK) {
      const week = weeks.get(w) ?? { a: 0, d: 0, c: 0 };
      total += week.c;
      series.push({ w: w / 1000, ...week });
    }
    out.push({ login, total, weeks: series });
  }
  return out.sort((a, b) => a.total - b.total || (a.login < b.login ? -1 : 1));
}
