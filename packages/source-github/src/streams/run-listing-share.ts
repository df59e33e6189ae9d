/** What `workflow_jobs` needs of a listed workflow run. */
export interface RunSummary {
  readonly id: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly status: string;
}

/** A repository's run listing: every run created at or after `stopBefore` (epoch ms; undefined: all runs). */
export interface RunListing {
  readonly stopBefore: number | undefined;
  readonly runs: readonly RunSummary[];
}

/**
 * Hands the run listing `workflow_runs` just read to `workflow_jobs` in the same sync, so a repository's
 * runs are listed once. Holds at most `capacity` summaries in all (a full sync's listings are not kept:
 * `workflow_jobs` then lists for itself), and each listing is handed over once.
 */
export class RunListingShare {
  private readonly listings = new Map<string, RunListing>();
  private held = 0;

  /** @param capacity - run summaries held at most, over all repositories. */
  constructor(readonly capacity = 5000) {}

  /** Keeps a complete listing of `repo`, if there is room. */
  offer(repo: string, listing: RunListing): void {
    this.drop(repo);
    if (this.held + listing.runs.length > this.capacity) return;
    this.listings.set(repo, listing);
    this.held += listing.runs.length;
  }

  /**
   * The kept listing of `repo` if it reaches back to `stopBefore` (undefined: needs every run), else
   * undefined. Either way the listing is let go.
   */
  take(repo: string, stopBefore: number | undefined): readonly RunSummary[] | undefined {
    const listing = this.listings.get(repo);
    this.drop(repo);
    if (listing === undefined) return undefined;
    const covers = listing.stopBefore === undefined || (stopBefore !== undefined && listing.stopBefore <= stopBefore);
    return covers ? listing.runs : undefined;
  }

  private drop(repo: string): void {
    const listing = this.listings.get(repo);
    if (listing === undefined) return;
    this.listings.delete(repo);
    this.held -= listing.runs.length;
  }
}

/** The summary of a run as GitHub lists it. */
export function runSummaryOf(run: Record<string, unknown>): RunSummary {
  return {
    id: Number(run.id),
    created_at: String(run.created_at),
    updated_at: String(run.updated_at),
    status: String(run.status),
  };
}
