import type { GithubMilestone } from '../../../world/index.js';
import type { SortKey } from '../connection.js';

/** GitHub's `MilestoneOrder` argument. */
export interface MilestoneOrder {
  readonly field: string;
  readonly direction: 'ASC' | 'DESC';
}

/**
 * Milestones in `MilestoneOrder` (`CREATED_AT`, `DUE_DATE`, `NUMBER`, `UPDATED_AT`; ties by number),
 * with the sort key and direction for paging. Without `orderBy` GitHub lists by number, ascending.
 * A milestone without a due date sorts as the earliest.
 */
export function milestonesInOrder(
  milestones: readonly GithubMilestone[],
  orderBy: MilestoneOrder | null | undefined,
): { sorted: GithubMilestone[]; key: (m: GithubMilestone) => SortKey; descending: boolean } {
  const field = orderBy?.field ?? 'NUMBER';
  const key = (m: GithubMilestone): SortKey =>
    field === 'CREATED_AT'
      ? [m.createdAt, m.number]
      : field === 'UPDATED_AT'
        ? [m.updatedAt, m.number]
        : field === 'DUE_DATE'
          ? [m.dueOn ?? 0, m.number]
          : [m.number];
  const descending = orderBy?.direction === 'DESC';
  const sorted = [...milestones].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const c = (x[0] as number) - (y[0] as number) || ((x[1] ?? 0) as number) - ((y[1] ?? 0) as number);
    return descending ? -c : c;
  });
  return { sorted, key, descending };
}
