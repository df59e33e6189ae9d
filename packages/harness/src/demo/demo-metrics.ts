import { type FarosCeEndpoint, runSql, type SqlRow } from '../faros-ce/faros-ce-client.js';

/** A duration metric over some items: how many, and the median and mean in hours. */
export interface DurationMetric {
  readonly items: number;
  readonly medianHours: number | null;
  readonly averageHours: number | null;
}

/** Finished builds of one origin and the share that succeeded. */
export interface BuildSuccess {
  readonly origin: string;
  readonly finished: number;
  readonly succeeded: number;
  /** `succeeded / finished`, null with no finished build. */
  readonly rate: number | null;
}

/** Work completed per closed sprint. */
export interface SprintThroughput {
  readonly closedSprints: number;
  readonly tasksDone: number;
  readonly tasksPerSprint: number | null;
  readonly pointsPerSprint: number | null;
}

/** What the demo computes from the rows, as a Faros CE dashboard would. */
export interface DemoMetrics {
  /** Pull request created to merged. */
  readonly prCycleTime: DurationMetric;
  /** Pull request created to its first submitted review. */
  readonly reviewTime: DurationMetric;
  readonly buildSuccess: readonly BuildSuccess[];
  readonly sprintThroughput: SprintThroughput;
}

const HOURS = (expr: string): string => `extract(epoch FROM (${expr})) / 3600.0`;

const num = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;

function duration(row: SqlRow | undefined): DurationMetric {
  return { items: Number(row?.items ?? 0), medianHours: num(row?.median), averageHours: num(row?.average) };
}

function durationSql(hours: string, from: string): string {
  return `SELECT count(*) AS items, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours}) AS median,
            avg(${hours}) AS average FROM ${from}`;
}

/** Computes the demo's metrics with SQL on the Faros CE tables the dashboards read. */
export async function demoMetrics(endpoint: FarosCeEndpoint): Promise<DemoMetrics> {
  const [cycle] = await runSql(
    endpoint,
    durationSql(
      HOURS('"mergedAt" - "createdAt"'),
      `"vcs_PullRequest" WHERE "mergedAt" IS NOT NULL AND "createdAt" IS NOT NULL AND "mergedAt" >= "createdAt"`,
    ),
  );
  const [review] = await runSql(
    endpoint,
    durationSql(
      'hours',
      `(SELECT ${HOURS('min(r."submittedAt") - pr."createdAt"')} AS hours
          FROM "vcs_PullRequest" pr JOIN "vcs_PullRequestReview" r ON r."pullRequest" = pr.id
         WHERE r."submittedAt" IS NOT NULL AND pr."createdAt" IS NOT NULL
         GROUP BY pr.id, pr."createdAt") first_reviews WHERE hours >= 0`,
    ),
  );
  const builds = await runSql(
    endpoint,
    `SELECT origin, count(*) FILTER (WHERE "statusCategory" IN ('Success', 'Failed')) AS finished,
            count(*) FILTER (WHERE "statusCategory" = 'Success') AS succeeded
       FROM "cicd_Build" WHERE origin IS NOT NULL GROUP BY origin ORDER BY origin`,
  );
  const [sprints] = await runSql(
    endpoint,
    `SELECT count(DISTINCT s.id) AS sprints, count(t.id) AS done, coalesce(sum(t.points), 0) AS points
       FROM "tms_Sprint" s LEFT JOIN "tms_Task" t ON t.sprint = s.id AND t."statusCategory" = 'Done'
      WHERE s."stateCategory" = 'Closed'`,
  );
  const closed = Number(sprints?.sprints ?? 0);
  const done = Number(sprints?.done ?? 0);
  return {
    prCycleTime: duration(cycle),
    reviewTime: duration(review),
    buildSuccess: builds.map((b) => {
      const finished = Number(b.finished);
      const succeeded = Number(b.succeeded);
      return {
        origin: String(b.origin),
        finished,
        succeeded,
        rate: finished ? num(String(succeeded / finished)) : null,
      };
    }),
    sprintThroughput: {
      closedSprints: closed,
      tasksDone: done,
      tasksPerSprint: closed ? num(String(done / closed)) : null,
      pointsPerSprint: closed ? num(String(Number(sprints?.points ?? 0) / closed)) : null,
    },
  };
}
