import { type ConnectionArgs, type ConnectionObject, paginate, type SortKey } from '../connection.js';

/** GitHub's `IssueOrder` (issues and pull requests alike). */
export interface IssueOrderArgs extends ConnectionArgs {
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
}

/** What `IssueOrder` sorts on: issues and pull requests both carry these. */
interface IssueLike {
  readonly number: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly comments: number;
}

/**
 * One page of issues or pull requests in `IssueOrder` (`UPDATED_AT`, `CREATED_AT`, `COMMENTS`, ties broken by
 * number; number order by default), each item turned into its object.
 */
export function pageInIssueOrder<T extends IssueLike>(
  items: readonly T[],
  args: IssueOrderArgs,
  toObject: (item: T) => unknown,
): ConnectionObject {
  const field = args.orderBy?.field;
  const key = (i: T): SortKey =>
    field === 'UPDATED_AT'
      ? [i.updatedAt, i.number]
      : field === 'CREATED_AT'
        ? [i.createdAt, i.number]
        : field === 'COMMENTS'
          ? [i.comments, i.number]
          : [i.number];
  const descending = args.orderBy?.direction === 'DESC';
  const sorted = [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const c = (x[0] as number) - (y[0] as number) || ((x[1] ?? 0) as number) - ((y[1] ?? 0) as number);
    return descending ? -c : c;
  });
  return paginate(sorted, args, { key, descending }, toObject);
}
