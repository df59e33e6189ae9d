import { type CompileScope, compileWhere } from './compile-where.js';
import { HasuraError } from './hasura-error.js';
import { castFromText, quoteIdent, quoteName } from './sql-builder.js';
import type { ColumnInfo, TableInfo } from './table-catalog.js';

/** A coerced `<T>_on_conflict` value. */
export interface OnConflict {
  readonly constraint: string;
  readonly update_columns?: readonly string[] | null;
  readonly where?: unknown;
}

/** Alias of the target table in `INSERT` statements (the `on_conflict` `where` refers to the existing row). */
const TARGET = '_target';

/**
 * One multi-row `INSERT` (without `RETURNING`) of column-only objects, with Hasura's semantics: the statement
 * lists every column some object sets, and an object that lacks one of them gets the column's default, exactly
 * as `DEFAULT` would (so `update_columns` naming it overwrites the existing value on conflict). All objects
 * travel as one JSON parameter.
 */
export function insertStatement(
  scope: CompileScope,
  table: TableInfo,
  objects: readonly Readonly<Record<string, unknown>>[],
  onConflict: OnConflict | null | undefined,
  path: string,
): string {
  const columns = table.columns.filter((c) => !c.generated && objects.some((o) => o[c.name] !== undefined));
  for (const object of objects) {
    for (const key of Object.keys(object)) {
      const column = table.columns.find((c) => c.name === key);
      if (!column || column.generated) {
        throw new HasuraError(
          'validation-failed',
          `field "${key}" not found in type: '${table.name}_insert_input'`,
          path,
        );
      }
    }
  }
  const data = objects.map((object) => Object.fromEntries(columns.map((c) => [c.name, object[c.name]])));
  const param = scope.sql.text(JSON.stringify(data));
  const row = scope.sql.alias();
  const values = columns.map(
    (c) =>
      `CASE WHEN ${row}.j ? ${quoteName(c.name)} THEN ${extract(row, c)} ELSE ${c.defaultExpression ?? 'NULL'} END`,
  );
  const target = `${quoteIdent(table.name)} AS ${TARGET}`;
  const columnList = columns.length > 0 ? ` (${columns.map((c) => quoteIdent(c.name)).join(', ')})` : '';
  const source = `FROM jsonb_array_elements((${param})::jsonb) WITH ORDINALITY AS ${row}(j, n) ORDER BY ${row}.n`;
  return `INSERT INTO ${target}${columnList} SELECT ${values.join(', ')} ${source}${conflictClause(scope, table, onConflict, path)}`;
}

function extract(row: string, column: ColumnInfo): string {
  const key = quoteName(column.name);
  if (column.typeName === 'jsonb') return `nullif(${row}.j -> ${key}, 'null'::jsonb)`;
  if (column.typeName === 'json') return `nullif(${row}.j -> ${key}, 'null'::jsonb)::json`;
  return castFromText(`${row}.j ->> ${key}`, column);
}

function conflictClause(
  scope: CompileScope,
  table: TableInfo,
  onConflict: OnConflict | null | undefined,
  path: string,
): string {
  if (!onConflict) return '';
  const constraints = [table.primaryKey, ...table.uniqueConstraints].filter((c) => c !== null);
  const constraint = constraints.find((c) => c.name === onConflict.constraint);
  if (!constraint) {
    throw new HasuraError(
      'constraint-error',
      `constraint "${onConflict.constraint}" for table "${table.name}" does not exist`,
      path,
    );
  }
  const head = ` ON CONFLICT ON CONSTRAINT ${quoteIdent(constraint.name)}`;
  const updates = onConflict.update_columns ?? [];
  if (updates.length === 0) return `${head} DO NOTHING`;
  const sets = updates.map((name) => `${quoteIdent(name)} = EXCLUDED.${quoteIdent(name)}`).join(', ');
  const where = onConflict.where
    ? ` WHERE ${compileWhere(scope, table, TARGET, onConflict.where, path.replace(/\.args\.objects?$/, '.args.on_conflict.where'))}`
    : '';
  return `${head} DO UPDATE SET ${sets}${where}`;
}
