import type { RepoState } from './github-store.js';
import type { GithubReview } from './github-work-types.js';
import type { JiraIssue } from './jira-types.js';
import { NONE } from './mutable.js';
import { type Actor, BOTS } from './people.js';
import type { Random } from './random.js';
import { dependencyBump, slugOf, workBody, workTitle } from './text-pool.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A planned review of a pull request. */
export interface PlannedReview {
  readonly at: number;
  readonly reviewer: Actor;
  readonly state: GithubReview['state'];
  readonly comments: number;
  readonly longBody: boolean;
}

/** Everything decided up front about a pull request; events play it in time order. */
export interface PullPlan {
  readonly at: number;
  readonly author: Actor;
  readonly title: string;
  readonly body: string | null;
  readonly branch: string;
  readonly jiraKey: string | null;
  readonly outcome: 'merged' | 'closed' | 'open';
  /** When it is merged or closed (null if it stays open). */
  readonly endAt: number | null;
  readonly mergedBy: Actor;
  readonly draft: boolean;
  readonly labels: readonly string[];
  readonly commitTimes: readonly number[];
  readonly pushTimes: readonly number[];
  readonly reviews: readonly PlannedReview[];
  readonly deploys: boolean;
}

/** The latest of `issues` (sorted by creation) created before `t`, picked among the last few. */
export function jiraIssueBefore(rng: Random, issues: readonly JiraIssue[], t: number): JiraIssue | undefined {
  let lo = 0;
  let hi = issues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((issues[mid] as JiraIssue).created < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  const window = Math.min(lo, 30);
  return issues[lo - 1 - Math.floor(rng.next() * window)];
}

const PREFIXES = ['feature', 'fix', 'chore', 'bugfix'];
const DEPENDENCIES: readonly string[] = Object.freeze(['dependencies']);

/**
 * Plans the `index`-th pull request of a repository, opened at `at`. About 8 % come from bots;
 * recent ones are likelier to be still open; 30 % of open ones are drafts.
 */
export function planPull(
  rng: Random,
  state: RepoState,
  index: number,
  at: number,
  now: number,
  jiraIssues: readonly JiraIssue[],
  labelNames: readonly string[],
): PullPlan {
  const people = state.contributors;
  const bot = rng.chance(0.08) ? (rng.chance(0.7) ? BOTS[0] : BOTS[2]) : undefined;
  const author = bot ?? rng.pick(people);
  let title: string;
  let branch: string;
  let jiraKey: string | null = null;
  if (bot) {
    const bump = dependencyBump(rng);
    title = bump.title;
    branch = bump.branch;
  } else {
    const work = workTitle(rng, index);
    const issue = rng.chance(0.95) ? jiraIssueBefore(rng, jiraIssues, at) : undefined;
    jiraKey = issue?.key ?? null;
    title = jiraKey ? (rng.chance(0.7) ? `${jiraKey}: ${work}` : `[${jiraKey}] ${work}`) : work;
    const slug = slugOf(work, index % 37 === 5);
    branch = `${rng.pick(PREFIXES)}/${jiraKey ? `${jiraKey}-` : ''}${slug}`;
  }
  const recent = now - at < 7 * DAY;
  let outcome = rng.weighted(['merged', 'closed', 'open'] as const, recent ? [30, 10, 60] : [78, 15, 7]);
  let endAt: number | null = null;
  if (outcome !== 'open') {
    endAt = at + rng.exponential(1.5 * DAY, 30 * MINUTE, 20 * DAY);
    if (endAt >= now - MINUTE) {
      outcome = 'open';
      endAt = null;
    }
  }
  const draft = outcome === 'open' ? rng.chance(0.3) : outcome === 'closed' && rng.chance(0.05);
  const until = endAt ?? now - MINUTE;
  const commitTimes: number[] = [];
  for (let n = bot ? 1 : rng.int(1, 4); n > 0; n--) commitTimes.push(at - rng.exponential(6 * HOUR, MINUTE, 3 * DAY));
  commitTimes.sort((a, b) => a - b);
  const pushTimes: number[] = [];
  for (let n = bot ? 0 : rng.int(0, 2); n > 0; n--)
    pushTimes.push(at + Math.round(rng.float(0.05, 0.9) * (until - at)));
  pushTimes.sort((a, b) => a - b);
  const reviews: PlannedReview[] = [];
  const reviewers = people.filter((p) => p !== author);
  if (!draft && reviewers.length > 0) {
    const count = outcome === 'merged' ? rng.int(1, 3) : rng.int(0, 2);
    for (let r = 0; r < count; r++) {
      const last = r === count - 1;
      const reviewState: GithubReview['state'] =
        last && outcome === 'merged'
          ? 'APPROVED'
          : rng.weighted(['COMMENTED', 'CHANGES_REQUESTED', 'APPROVED', 'DISMISSED'] as const, [40, 25, 32, 3]);
      reviews.push({
        at: at + Math.round(((r + 1) / (count + 1)) * (until - at)),
        reviewer: rng.pick(reviewers),
        state: reviewState,
        comments: reviewState === 'APPROVED' ? (rng.chance(0.2) ? 1 : 0) : rng.int(0, 2),
        longBody: r === 0 && index % 89 === 13,
      });
    }
    if (outcome === 'open' && rng.chance(0.1)) {
      reviews.push({ at: until, reviewer: rng.pick(reviewers), state: 'PENDING', comments: 0, longBody: false });
    }
  }
  return {
    at,
    author,
    title,
    body: bot
      ? 'Bumps the dependency.\n\n---\n\nDependabot will resolve any conflicts with this PR.'
      : workBody(rng, index),
    branch,
    jiraKey,
    outcome,
    endAt,
    mergedBy:
      reviewers.length > 0 && rng.chance(0.5)
        ? rng.pick(reviewers)
        : author.login === null || bot
          ? rng.pick(people)
          : author,
    draft,
    labels: bot ? DEPENDENCIES : rng.chance(0.4) ? rng.sample(labelNames, rng.int(1, 2)) : NONE,
    commitTimes,
    pushTimes,
    reviews,
    deploys: rng.chance(0.15),
  };
}
