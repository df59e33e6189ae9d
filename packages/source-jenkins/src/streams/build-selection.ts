import type { ApiBuild } from '../client/jenkins-types.js';

/** Where a job's read stops: its saved cursor, or a first sync's limits. */
export interface SelectionLimits {
  /** The first build number not yet read in a final state (the saved cursor); undefined on a first sync. */
  readonly bookmark: number | undefined;
  /** Newest builds read when there is no bookmark; undefined: all. */
  readonly maxBuilds: number | undefined;
  /** Builds scheduled before this epoch ms are not read. */
  readonly startMs: number | undefined;
}

/** What {@link BuildSelection.accept} made of a build. */
export type Verdict = 'emit' | 'repeat' | 'stop';

/**
 * Which builds of a job one read emits, fed newest first: each build once, down to the saved
 * cursor (or a first sync's `maxBuilds` and `startMs`), and the cursor the next sync starts from.
 */
export class BuildSelection {
  private readonly seen = new Set<number>();
  private readonly cap: number | undefined;
  private oldestRunning: number | undefined;
  private newest: number | undefined;
  private emitted = 0;

  constructor(private readonly limits: SelectionLimits) {
    this.cap = limits.bookmark === undefined ? limits.maxBuilds : undefined;
  }

  /** `stop`: this build and every older one are not to be read; `repeat`: already accepted. */
  accept(build: ApiBuild): Verdict {
    if (this.seen.has(build.number)) return 'repeat';
    this.seen.add(build.number);
    const { bookmark, startMs } = this.limits;
    if (
      (bookmark !== undefined && build.number < bookmark) ||
      (startMs !== undefined && typeof build.timestamp === 'number' && build.timestamp < startMs) ||
      (this.cap !== undefined && this.emitted >= this.cap)
    ) {
      return 'stop';
    }
    // A build without a result is running (see toBuildRecord): the next sync must read it again.
    const building = build.building ?? (build.result === null || build.result === undefined);
    if (building && (this.oldestRunning === undefined || build.number < this.oldestRunning))
      this.oldestRunning = build.number;
    if (this.newest === undefined || build.number > this.newest) this.newest = build.number;
    this.emitted++;
    return 'emit';
  }

  /** True when nothing older than the builds accepted so far is to be read (the cap is reached). */
  get full(): boolean {
    return this.cap !== undefined && this.emitted >= this.cap;
  }

  /** The oldest build still running, else one past the newest build; undefined when nothing was emitted. */
  nextCursor(): number | undefined {
    if (this.oldestRunning !== undefined) return this.oldestRunning;
    return this.newest === undefined ? undefined : this.newest + 1;
  }
}
