import { type CompileScope, compileWhere } from './compile-where.js';
import { HasuraError } from './hasura-error.js';
import { quoteIdent } from './sql-builder.js';
import { findColumn, type TableInfo } from './table-catalog.js';

/** The coerced arguments of `update_<T>` / `update_<T>_by_pk` that say what to write. */
export interface UpdateArgs {
  readonly _set?: Readonly<Record<string, unknown>> | null;
  readonly _inc?: Readonly<Record<string, unknown>> | null;
}

/** `UPDATE` (without `RETURNING`) of the rows matching `where`, applying `_set` and `_inc`. */
export function updateStatement(
  scope: CompileScope,
  table: TableInfo,
  args: UpdateArgs,
  where: unknown,
  path: string,
): string {
  const alias = '_target';
  const assignments: string[] = [];
  const set = args._set ?? {};
  const inc = args._inc ?? {};
  for (const [name, value] of Object.entries(set)) {
    const column = findColumn(table, name);
    if (!column || value === undefined) continue;
    assignments.push(`${quoteIdent(name)} = ${scope.sql.value(value, column)}`);
  }
  for (const [name, value] of Object.entries(inc)) {
    const column = findColumn(table, name);
    if (!column || value === undefined) continue;
    if (set[name] !== undefined) {
      throw new HasuraError(
        'validation-failed',
        `column found in multiple operators; "${name}" in _set, _inc operators`,
        path,
      );
    }
    assignments.push(`${quoteIdent(name)} = ${alias}.${quoteIdent(name)} + ${scope.sql.value(value, column)}`);
  }
  if (assignments.length === 0) {
    throw new HasuraError(
      'validation-failed',
      'at least any one of _set, _inc, _append, _prepend, _delete_key, _delete_elem, _delete_at_path is expected',
      path,
    );
  }
  const condition = compileWhere(scope, table, alias, where, `${path}.where`);
  return `UPDATE ${quoteIdent(table.name)} AS ${alias} SET ${assignments.join(', ')} WHERE ${condition}`;
}

/** `DELETE` (without `RETURNING`) of the rows matching `where`. */
export function deleteStatement(scope: CompileScope, table: TableInfo, where: unknown, path: string): string {
  const alias = '_target';
  const condition = compileWhere(scope, table, alias, where, `${path}.where`);
  return `DELETE FROM ${quoteIdent(table.name)} AS ${alias} WHERE ${condition}`;
}
