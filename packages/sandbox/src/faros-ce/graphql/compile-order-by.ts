import { type CompileScope, joinCondition } from './compile-where.js';
import { quoteIdent } from './sql-builder.js';
import { findColumn, findRelationship, requireTable, type TableInfo } from './table-catalog.js';

/** One `ORDER BY` term: an expression over the row and its direction with Postgres's explicit null placement. */
export interface OrderTerm {
  readonly expression: string;
  readonly direction: string;
}

const DIRECTIONS: Readonly<Record<string, string>> = {
  asc: 'ASC NULLS LAST',
  asc_nulls_first: 'ASC NULLS FIRST',
  asc_nulls_last: 'ASC NULLS LAST',
  desc: 'DESC NULLS FIRST',
  desc_nulls_first: 'DESC NULLS FIRST',
  desc_nulls_last: 'DESC NULLS LAST',
};

/**
 * Translates `order_by` (a `<T>_order_by` or a list of them) into terms over `alias`: columns, columns of object
 * relationships (a correlated sub-select), and `<array relationship>_aggregate { count }`.
 */
export function compileOrderBy(scope: CompileScope, table: TableInfo, alias: string, orderBy: unknown): OrderTerm[] {
  if (orderBy === null || orderBy === undefined) return [];
  const items = (Array.isArray(orderBy) ? orderBy : [orderBy]) as Readonly<Record<string, unknown>>[];
  const terms: OrderTerm[] = [];
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (value === null || value === undefined) continue;
      const column = findColumn(table, key);
      if (column) {
        terms.push({
          expression: `${alias}.${quoteIdent(column.name)}`,
          direction: DIRECTIONS[String(value)] ?? 'ASC',
        });
        continue;
      }
      const aggregate = key.endsWith('_aggregate')
        ? findRelationship(table, key.slice(0, -'_aggregate'.length))
        : undefined;
      const rel = aggregate ?? findRelationship(table, key);
      if (!rel) continue;
      const remote = requireTable(scope.catalog, rel.remoteTable);
      const remoteAlias = scope.sql.alias();
      const from = `FROM ${quoteIdent(remote.name)} AS ${remoteAlias} WHERE ${joinCondition(rel, alias, remoteAlias)}`;
      if (aggregate) {
        const count = (value as Readonly<Record<string, unknown>>).count;
        if (typeof count === 'string')
          terms.push({ expression: `(SELECT count(*) ${from})`, direction: DIRECTIONS[count] ?? 'ASC' });
        continue;
      }
      for (const inner of compileOrderBy(scope, remote, remoteAlias, value)) {
        terms.push({ expression: `(SELECT ${inner.expression} ${from} LIMIT 1)`, direction: inner.direction });
      }
    }
  }
  return terms;
}
