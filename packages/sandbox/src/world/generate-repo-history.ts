import { commitToMain, type GithubOpContext, mainHead } from './github-git-ops.js';
import { closeIssue, openIssue, reopenIssue } from './github-issue-ops.js';
import { closePull, mergePull, openPull, pushToPull } from './github-pull-ops.js';
import { cutRelease } from './github-release-ops.js';
import { requestReviews, reviewPull } from './github-review-ops.js';
import { deploy, startRun } from './github-run-ops.js';
import type { RepoState } from './github-store.js';
import type { GithubMilestone } from './github-types.js';
import type { GithubPullRequest } from './github-work-types.js';
import type { JiraIssue } from './jira-types.js';
import { type Mutable, NONE } from './mutable.js';
import { BOTS } from './people.js';
import { planPull } from './plan-pull.js';
import { workBody, workTitle } from './text-pool.js';
import { worldKeys as k } from './world-keys.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DOC_MESSAGES = ['Update README.md', 'docs: fix typo', 'docs: Übersetzung aktualisiert', 'ci: bump node'];

/** What one repository's history holds. */
export interface RepoHistoryPlan {
  readonly pulls: number;
  readonly issues: number;
  /** Give the repository a draft release (not yet published). */
  readonly draftRelease: boolean;
  /** Leave a CI run in progress at `now`. */
  readonly runningCi: boolean;
}

interface TimedEvent {
  readonly t: number;
  readonly run: () => void;
}

/**
 * Plays two years of a repository's life in time order: pull requests opened, pushed to, reviewed,
 * merged or closed; issues opened, closed and reopened; direct pushes, releases, CI runs and
 * deployments. Issues and pull requests share the number sequence, numbered by opening time.
 */
export function generateRepoHistory(
  ctx: GithubOpContext,
  state: RepoState,
  plan: RepoHistoryPlan,
  jiraIssues: readonly JiraIssue[],
): void {
  const { rng, store, now } = ctx;
  const repo = state.repo;
  const from = repo.createdAt + DAY;
  const span = now - 2 * MINUTE - from;
  const uniformTimes = (n: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(from + Math.floor(rng.next() * span));
    return out.sort((a, b) => a - b);
  };
  const milestones = generateMilestones(ctx, state);
  const milestoneAt = (t: number): number | null => {
    if (!rng.chance(0.25)) return null;
    const m = milestones.find((ms) => ms.createdAt <= t && ms.dueOn !== null && t < ms.dueOn);
    return m?.number ?? null;
  };
  const labelNames = store.labels.group(repo.fullName).map((l) => l.name);
  const events: TimedEvent[] = [];
  const on = (t: number, run: () => void): void => {
    events.push({ t, run });
  };

  uniformTimes(plan.pulls).forEach((at, index) => {
    const p = planPull(rng, state, index, at, now, jiraIssues, labelNames);
    let pr: Mutable<GithubPullRequest> | undefined;
    on(p.at, () => {
      pr = openPull(ctx, state, {
        at: p.at,
        author: p.author,
        title: p.title,
        body: p.body,
        branch: p.branch,
        draft: p.draft,
        commitTimes: p.commitTimes,
        jiraKey: p.jiraKey,
        labels: p.labels,
        milestone: milestoneAt(p.at),
        assignees: p.author.login !== null && rng.chance(0.3) ? [p.author.login] : NONE,
      });
      if (p.outcome === 'open' && !p.draft) {
        const logins = state.contributors.flatMap((c) => (c.login === null ? [] : [c.login]));
        const teams = rng.chance(0.2) && state.teams.length > 0 ? [rng.pick(state.teams)] : [];
        requestReviews(ctx, pr, rng.sample(logins, rng.int(1, 2)), teams, p.at);
      }
    });
    for (const t of p.pushTimes) on(t, () => pr && pushToPull(ctx, state, pr, t, p.author, p.jiraKey));
    for (const r of p.reviews) {
      on(r.at, () => pr && reviewPull(ctx, pr, r.reviewer, r.state, r.at, r.comments, r.longBody));
    }
    if (p.endAt !== null) {
      const end = p.endAt;
      on(end, () => {
        if (!pr) return;
        if (p.outcome === 'closed') return closePull(ctx, state, pr, end);
        const sha = mergePull(ctx, state, pr, end, p.mergedBy);
        if (p.deploys) deploy(ctx, state, sha, end + 30_000, p.mergedBy);
      });
    }
  });

  uniformTimes(plan.issues).forEach((at, index) => {
    const author = rng.chance(0.05) ? BOTS[1] : rng.pick(state.contributors);
    on(at, () => {
      const issue = openIssue(ctx, state, {
        at,
        author: author?.login ?? null,
        title: workTitle(rng, index + 1),
        body: workBody(rng, index + 2),
        labels: rng.chance(0.5) ? rng.sample(labelNames, rng.int(1, 3)) : NONE,
        assignees: rng.chance(0.4) ? state.contributors.flatMap((c) => (c.login ? [c.login] : [])).slice(0, 1) : [],
        milestone: milestoneAt(at),
      });
      if (!rng.chance(0.6)) return;
      const closedAt = at + rng.exponential(5 * DAY, MINUTE, 120 * DAY);
      if (closedAt >= now) return;
      const reason = rng.chance(0.8) ? 'completed' : 'not_planned';
      const reopenAt = rng.chance(0.08) ? closedAt + rng.exponential(2 * DAY, MINUTE, 30 * DAY) : null;
      on(closedAt, () => closeIssue(ctx, issue, closedAt, reason));
      if (reopenAt !== null && reopenAt < now) on(reopenAt, () => reopenIssue(ctx, issue, reopenAt));
    });
  });

  for (const at of uniformTimes(Math.ceil(plan.pulls / 10))) {
    const author = rng.pick(state.contributors);
    const message = rng.pick(DOC_MESSAGES);
    on(at, () => commitToMain(ctx, state, { message, author, at }));
  }
  for (let at = repo.createdAt + rng.int(20, 40) * DAY; at < now - 3 * DAY; at += rng.int(14, 35) * DAY) {
    const author = rng.pick(state.contributors);
    const t = at;
    on(t, () => cutRelease(ctx, state, t, author, false));
  }

  // Events scheduled while playing (closing an issue) run in time order too: keep a sorted queue.
  let cursor = 0;
  events.sort((a, b) => a.t - b.t);
  while (cursor < events.length) {
    const event = events[cursor++] as TimedEvent;
    const before = events.length;
    event.run();
    if (events.length > before) {
      const added = events.splice(before);
      for (const e of added) insertSorted(events, e, cursor);
    }
  }
  if (plan.draftRelease) cutRelease(ctx, state, now - 2 * DAY, rng.pick(state.contributors), true);
  if (plan.runningCi) {
    startRun(ctx, state, {
      workflow: 'ci',
      event: 'workflow_dispatch',
      sha: mainHead(state).sha,
      branch: repo.defaultBranch,
      pullNumbers: NONE,
      at: now - MINUTE,
      actor: rng.pick(state.contributors),
      title: 'CI',
    });
  }
}

function insertSorted(events: TimedEvent[], e: TimedEvent, from: number): void {
  let lo = from;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as TimedEvent).t <= e.t) lo = mid + 1;
    else hi = mid;
  }
  events.splice(lo, 0, e);
}

/** Quarterly milestones from the repository's creation; past ones are closed. */
function generateMilestones(ctx: GithubOpContext, state: RepoState): GithubMilestone[] {
  const { rng, store, now } = ctx;
  const repo = state.repo.fullName;
  const out: GithubMilestone[] = [];
  for (let number = 1, at = state.repo.createdAt + DAY; at < now; number++, at += 90 * DAY) {
    const dueOn = at + 90 * DAY;
    const closed = dueOn + 7 * DAY < now;
    const creator = rng.pick(state.contributors).login;
    const milestone = {
      id: store.ids.milestone.next(),
      repo,
      number,
      title: number === 3 ? `Jalon ${number} — qualité ✓` : `Milestone ${number}`,
      description: rng.chance(0.3) ? null : `Work planned for quarter ${number}`,
      state: closed ? ('closed' as const) : ('open' as const),
      creator,
      dueOn,
      createdAt: at,
      updatedAt: closed ? dueOn + 7 * DAY : at,
      closedAt: closed ? dueOn + 7 * DAY : null,
    };
    store.milestones.insert(milestone);
    ctx.rec?.created('github', 'milestones', k.milestone(repo, number));
    out.push(milestone);
  }
  return out;
}
