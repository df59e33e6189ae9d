import type { AirbyteStateMessage, ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import type { CommandConnector } from './connector-under-test.js';
import { type AttemptOutcome, type KillPlan, runAttempt } from './read-attempt.js';
import { seededRandom } from './seeded-random.js';
import { lastStatesPerStream } from './state-array.js';
import { withTempDir } from './temp-dir.js';

/** What {@link killAndResume} runs, and how hard it interrupts it. */
export interface KillAndResumeOptions {
  /** The source program. */
  readonly subject: CommandConnector;
  readonly config: unknown;
  readonly catalog: ConfiguredAirbyteCatalog;
  /** Seed of the kill points: the same seed, source and data give the same kills. */
  readonly seed: number;
  /** State array the first attempt starts from (default none). */
  readonly state?: readonly AirbyteStateMessage[];
  /** Kills before an attempt is let run to its end (default 5). */
  readonly maxKills?: number;
  /** Attempts in all, killed or failed (default `maxKills + 5`). */
  readonly maxAttempts?: number;
  /** Chance that an attempt is killed at a rate-limit wait rather than after a record, when the source has any (default 0.5). */
  readonly rateLimitKillChance?: number;
}

/** Where an attempt was killed. */
export type KillPoint =
  | { readonly attempt: number; readonly kind: 'record'; readonly afterRecords: number }
  | { readonly attempt: number; readonly kind: 'rate-limited'; readonly stream: string; readonly afterRecords: number };

/** One attempt: how it ended and what it gave. */
export interface AttemptReport {
  readonly attempt: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly killedAt?: KillPoint;
  readonly records: number;
  readonly states: number;
  /** Streams the attempt's input state had a state for. */
  readonly resumedStreams: number;
}

/** A record key an uninterrupted run had and no attempt gave. */
export interface MissingKey {
  readonly stream: string;
  /** Primary key values as JSON, or a hash of the record for streams without a primary key. */
  readonly key: string;
}

/** What {@link killAndResume} found. */
export interface KillAndResumeReport {
  readonly seed: number;
  /** True when an attempt ran to a clean end and no key is missing. */
  readonly passed: boolean;
  /** True when an attempt ran to a clean end within `maxAttempts`. */
  readonly completed: boolean;
  /** Set when the check could not be done at all (e.g. the uninterrupted run failed). */
  readonly problem?: string;
  readonly baseline: { readonly records: number; readonly keys: number; readonly rateLimitWaits: number };
  readonly attempts: readonly AttemptReport[];
  readonly killPoints: readonly KillPoint[];
  /** Up to 100 of the missing keys. */
  readonly missingKeys: readonly MissingKey[];
  readonly missingCount: number;
  /** Records over all attempts minus distinct keys: the re-reads resuming caused. */
  readonly duplicates: number;
  /**
   * The last state of each stream at the end of the uninterrupted run (`baseline`) and after the
   * last attempt (`resumed`, merged over every attempt as resuming does): equal final cursors show
   * that interruptions neither lost nor skipped ahead.
   */
  readonly finalStates: {
    readonly baseline: readonly AirbyteStateMessage[];
    readonly resumed: readonly AirbyteStateMessage[];
  };
}

/**
 * Reads a source as a child process, kills it (SIGKILL) at seeded pseudo-random points — after
 * the k-th RECORD line (k drawn among the records not seen yet), or when a RATE_LIMITED status
 * shows it waiting — and resumes from the last state of each stream seen before the kill, as a
 * STREAM state array file, until an attempt ends cleanly (after `maxKills` kills, attempts run
 * to their end; a failed attempt is resumed like a killed one). Then compares the union of records over all attempts with an uninterrupted run, by
 * primary key. Keeps keys, never whole records.
 */
export async function killAndResume(options: KillAndResumeOptions): Promise<KillAndResumeReport> {
  const { subject, catalog, seed } = options;
  const maxKills = options.maxKills ?? 5;
  const maxAttempts = options.maxAttempts ?? maxKills + 5;
  const random = seededRandom(seed);
  return withTempDir(async (dir) => {
    const files = {
      config: await dir.writeJson('config.json', options.config),
      catalog: await dir.writeJson('catalog.json', catalog),
    };
    const attemptArgs = async (n: number, state: readonly AirbyteStateMessage[]): Promise<string[]> => {
      const args = ['read', '--config', files.config, '--catalog', files.catalog];
      if (state.length > 0) args.push('--state', await dir.writeJson(`state-${n}.json`, state));
      return args;
    };
    const initial = [...(options.state ?? [])];
    const baselineKeys = new Set<string>();
    const baseline = await runAttempt(subject, await attemptArgs(0, initial), catalog, baselineKeys, undefined);
    const baselineSummary = {
      records: baseline.records,
      keys: baselineKeys.size,
      rateLimitWaits: baseline.rateLimitWaits,
    };
    const empty = {
      seed,
      passed: false,
      completed: false,
      baseline: baselineSummary,
      attempts: [],
      killPoints: [],
      missingKeys: [],
      missingCount: 0,
      duplicates: 0,
      finalStates: { baseline: baseline.lastStates, resumed: [] },
    };
    if (baseline.exitCode !== 0) {
      return { ...empty, problem: `the uninterrupted run exited with ${baseline.exitCode ?? baseline.signal}` };
    }

    const seen = new Set<string>();
    const attempts: AttemptReport[] = [];
    const killPoints: KillPoint[] = [];
    let state = initial;
    let records = 0;
    let completed = false;
    for (let n = 1; n <= maxAttempts && !completed; n++) {
      let plan: KillPlan | undefined;
      if (killPoints.length < maxKills) {
        plan =
          baseline.rateLimitWaits > 0 && random() < (options.rateLimitKillChance ?? 0.5)
            ? { kind: 'rate-limited' }
            : { kind: 'record', k: 1 + Math.floor(random() * Math.max(1, unseen(baselineKeys, seen))) };
      }
      const outcome: AttemptOutcome = await runAttempt(subject, await attemptArgs(n, state), catalog, seen, plan);
      records += outcome.records;
      const killedAt = outcome.killedAt && { attempt: n, ...outcome.killedAt };
      if (killedAt) killPoints.push(killedAt);
      attempts.push({
        attempt: n,
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        ...(killedAt ? { killedAt } : {}),
        records: outcome.records,
        states: outcome.states,
        resumedStreams: state.length,
      });
      completed = !killedAt && outcome.exitCode === 0;
      // A killed or failed attempt resumes from the last state it got out, per stream.
      state = lastStatesPerStream([...state, ...outcome.lastStates]);
    }
    const missing = [...baselineKeys].filter((k) => !seen.has(k));
    return {
      seed,
      passed: completed && missing.length === 0,
      completed,
      baseline: baselineSummary,
      attempts,
      killPoints,
      missingKeys: missing.slice(0, 100).map(splitKey),
      missingCount: missing.length,
      duplicates: records - seen.size,
      finalStates: { baseline: lastStatesPerStream([...initial, ...baseline.lastStates]), resumed: state },
    };
  });
}

// Kill points are drawn among the records still to come, so later attempts get killed too.
function unseen(baseline: ReadonlySet<string>, seen: ReadonlySet<string>): number {
  let n = 0;
  for (const key of baseline) if (!seen.has(key)) n++;
  return n;
}

function splitKey(key: string): MissingKey {
  const at = key.indexOf('\u0001');
  const stream = key.slice(0, at);
  return { stream: stream.includes('\u0000') ? stream.replace('\u0000', '.') : stream, key: key.slice(at + 1) };
}
