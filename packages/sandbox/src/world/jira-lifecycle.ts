import { JIRA_RESOLUTIONS, JIRA_STATUSES } from './jira-catalog.js';
import type { JiraNamedValue, JiraStatus } from './jira-types.js';
import type { Random } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One planned status change of an issue. */
export interface PlannedTransition {
  readonly at: number;
  readonly to: JiraStatus;
  readonly resolution: JiraNamedValue;
}

/**
 * The status changes an issue created at `created` went through before `now`, following the
 * workflow (To Do → In Progress → In Review ⇄ In Progress → Done, or To Do → Done as "Won't Do").
 * The longer ago the issue was created, the likelier it is done. Epics take longer.
 */
export function planJiraLifecycle(rng: Random, created: number, now: number, slow: boolean): PlannedTransition[] {
  const scale = slow ? 6 : 1;
  const out: PlannedTransition[] = [];
  const { todo, inProgress, inReview, done } = JIRA_STATUSES;
  const push = (at: number, to: JiraStatus, resolution: JiraNamedValue = JIRA_RESOLUTIONS.done): boolean => {
    if (at >= now) return false;
    out.push({ at, to, resolution });
    return true;
  };
  if (rng.chance(0.08)) {
    push(created + rng.exponential(5 * DAY, HOUR, 60 * DAY), done, JIRA_RESOLUTIONS.wontDo);
    return out;
  }
  let t = created + rng.exponential(2 * DAY * scale, 10 * 60_000, 40 * DAY * scale);
  if (!push(t, inProgress)) return out;
  if (rng.chance(0.05)) {
    // put back to the backlog once, then picked up again
    t += rng.exponential(DAY, 10 * 60_000, 10 * DAY);
    if (!push(t, todo)) return out;
    t += rng.exponential(2 * DAY, 10 * 60_000, 20 * DAY);
    if (!push(t, inProgress)) return out;
  }
  for (let round = 0; round < 3; round++) {
    t += rng.exponential(1.5 * DAY * scale, 10 * 60_000, 20 * DAY * scale);
    if (!push(t, inReview)) return out;
    if (round === 2 || !rng.chance(0.15)) break;
    t += rng.exponential(DAY / 2, 10 * 60_000, 5 * DAY);
    if (!push(t, inProgress)) return out;
  }
  t += rng.exponential(DAY * scale, 5 * 60_000, 10 * DAY * scale);
  push(t, done);
  return out;
}
