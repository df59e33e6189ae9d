import { pkExp, type SelectionScope } from './compile-selection.js';
import { compileWhere } from './compile-where.js';
import { HasuraError } from './hasura-error.js';
import { insertStatement, type OnConflict } from './insert-statement.js';
import {
  type ExecutionScope,
  type ModificationResult,
  queryJson,
  type RowJsonBuilder,
  runModification,
} from './run-statement.js';
import { quoteIdent } from './sql-builder.js';
import { findRelationship, type RelationshipInfo, requireTable, type TableInfo } from './table-catalog.js';

type InsertObject = Readonly<Record<string, unknown>>;

/** A coerced `<T>_obj_rel_insert_input` or `<T>_arr_rel_insert_input`. */
interface RelationshipInsert {
  readonly data: InsertObject | readonly InsertObject[];
  readonly on_conflict?: OnConflict | null;
}

/** One `insert_<T>`/`insert_<T>_one` (or a nested relationship insert). */
export interface InsertRequest {
  readonly table: TableInfo;
  readonly objects: readonly InsertObject[];
  readonly onConflict?: OnConflict | null;
  readonly rowJson?: RowJsonBuilder;
  /** Columns of the inserted rows the caller needs back (a parent's key for its children). */
  readonly keyColumns?: readonly string[];
  /** Where errors are reported: the root field's `objects`/`object` argument, as Hasura reports them. */
  readonly path: string;
}

/**
 * Inserts objects the way Hasura v2 does: objects without nested relationships go in one multi-row statement;
 * when any object nests relationships, each object is inserted on its own, its object relationships first (their
 * key fills the foreign key), then the row, then its array relationships. `affected` counts nested rows too.
 */
export async function insertObjects(scope: ExecutionScope, request: InsertRequest): Promise<ModificationResult> {
  const { table, objects, onConflict, rowJson, path } = request;
  const keyColumns = request.keyColumns ?? [];
  if (objects.length === 0) return { affected: 0, rows: [], keys: [] };
  const nests = objects.some((object) => Object.keys(object).some((key) => findRelationship(table, key)));
  if (!nests) {
    return runModification(scope, (s) => insertStatement(s, table, objects, onConflict, path), rowJson, keyColumns);
  }
  let affected = 0;
  const rows: unknown[] = [];
  const keys: Record<string, unknown>[] = [];
  for (const object of objects) {
    const columns: Record<string, unknown> = {};
    const arrays: [RelationshipInfo, RelationshipInsert][] = [];
    for (const [key, value] of Object.entries(object)) {
      const rel = findRelationship(table, key);
      if (!rel) columns[key] = value;
      else if (value !== null && value !== undefined && rel.kind === 'array')
        arrays.push([rel, value as RelationshipInsert]);
    }
    for (const [key, value] of Object.entries(object)) {
      const rel = findRelationship(table, key);
      if (rel?.kind !== 'object' || value === null || value === undefined) continue;
      affected += await insertParent(scope, rel, value as RelationshipInsert, object, columns, path);
    }
    const needed = [
      ...new Set([...keyColumns, ...arrays.flatMap(([rel]) => rel.columnMapping.map(([local]) => local))]),
    ];
    const reselect = arrays.length > 0 && rowJson !== undefined;
    if (reselect) needed.push(...(table.primaryKey?.columns ?? []));
    const self = await runModification(
      scope,
      (s) => insertStatement(s, table, [columns], onConflict, path),
      reselect ? undefined : rowJson,
      needed,
    );
    affected += self.affected;
    const key = self.keys[0];
    for (const [rel, insert] of arrays) {
      if (!key) throw zeroRows('array relations', table, path);
      const children = (insert.data as readonly InsertObject[]).map((child) => ({
        ...child,
        ...Object.fromEntries(rel.columnMapping.map(([local, remote]) => [remote, key[local]])),
      }));
      const remote = requireTable(scope.catalog, rel.remoteTable);
      const result = await insertObjects(scope, {
        table: remote,
        objects: children,
        onConflict: insert.on_conflict,
        path,
      });
      affected += result.affected;
    }
    if (reselect && key && rowJson) {
      rows.push(await queryJson(scope, (s) => reselectRow(s, table, key, rowJson)));
    } else {
      rows.push(...self.rows);
    }
    keys.push(...self.keys);
  }
  return { affected, rows, keys };
}

async function insertParent(
  scope: ExecutionScope,
  rel: RelationshipInfo,
  insert: RelationshipInsert,
  object: InsertObject,
  columns: Record<string, unknown>,
  path: string,
): Promise<number> {
  for (const [local] of rel.columnMapping) {
    if (object[local] !== undefined) {
      throw new HasuraError(
        'validation-failed',
        `cannot insert object relationship "${rel.name}" as "${local}" column values are already determined`,
        path,
      );
    }
  }
  const remote = requireTable(scope.catalog, rel.remoteTable);
  const parent = await insertObjects(scope, {
    table: remote,
    objects: [insert.data as InsertObject],
    onConflict: insert.on_conflict,
    keyColumns: rel.columnMapping.map(([, remoteColumn]) => remoteColumn),
    path,
  });
  const key = parent.keys[0];
  if (!key) throw zeroRows(`object relation "${rel.name}"`, remote, path);
  for (const [local, remoteColumn] of rel.columnMapping) columns[local] = key[remoteColumn];
  return parent.affected;
}

function reselectRow(
  scope: SelectionScope,
  table: TableInfo,
  key: Record<string, unknown>,
  rowJson: RowJsonBuilder,
): string {
  const alias = scope.sql.alias();
  const where = compileWhere(scope, table, alias, pkExp(table, key), '$');
  return `(SELECT ${rowJson(scope, alias)} FROM ${quoteIdent(table.name)} AS ${alias} WHERE ${where})`;
}

function zeroRows(what: string, table: TableInfo, path: string): HasuraError {
  return new HasuraError(
    'not-supported',
    `cannot proceed to insert ${what} since insert to table "${table.name}" affects zero rows`,
    path,
  );
}
