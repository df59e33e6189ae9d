import type { FieldNode } from 'graphql';
import { type CollectedFields, subFields } from './collect-fields.js';
import {
  aggregateQuery,
  byPkQuery,
  jsonObject,
  listQuery,
  pkExp,
  rowJson,
  type SelectArgs,
} from './compile-selection.js';
import type { RootOperation } from './field-meta.js';
import { insertObjects } from './insert-objects.js';
import type { OnConflict } from './insert-statement.js';
import {
  type ExecutionScope,
  type ModificationResult,
  queryJson,
  type RowJsonBuilder,
  runModification,
} from './run-statement.js';
import type { TableInfo } from './table-catalog.js';
import { deleteStatement, type UpdateArgs, updateStatement } from './update-statement.js';

type Args = Readonly<Record<string, unknown>>;

/**
 * Runs one root field in the request's transaction and returns its value keyed by response keys, for graphql-js
 * to finish (scalars, `__typename`). `path` is the field's JSON path for errors (`$.selectionSet.<key>`).
 */
export async function resolveRootField(
  scope: ExecutionScope,
  table: TableInfo,
  operation: RootOperation,
  args: Args,
  nodes: readonly FieldNode[],
  path: string,
): Promise<unknown> {
  const fields = subFields(nodes, scope);
  const asRow: RowJsonBuilder = (s, alias) => rowJson(s, table, alias, fields);
  switch (operation) {
    case 'select':
      return queryJson(scope, (s) => listQuery(s, table, args as SelectArgs, fields));
    case 'selectAggregate':
      return queryJson(scope, (s) => aggregateQuery(s, table, args as SelectArgs, fields));
    case 'selectByPk':
      return queryJson(scope, (s) => byPkQuery(s, table, args, fields));
    case 'insert': {
      const objects = args.objects as readonly Args[];
      const onConflict = args.on_conflict as OnConflict | null | undefined;
      const at = `${path}.args.objects`;
      const result = await insertObjects(scope, {
        table,
        objects,
        onConflict,
        rowJson: returningJson(table, fields),
        path: at,
      });
      return mutationResponse(fields, result);
    }
    case 'insertOne': {
      const onConflict = args.on_conflict as OnConflict | null | undefined;
      const at = `${path}.args.object`;
      const result = await insertObjects(scope, {
        table,
        objects: [args.object as Args],
        onConflict,
        rowJson: asRow,
        path: at,
      });
      return result.rows[0] ?? null;
    }
    case 'update': {
      const build = (s: Parameters<RowJsonBuilder>[0]) =>
        updateStatement(s, table, args as UpdateArgs, args.where, `${path}.args`);
      return mutationResponse(fields, await runModification(scope, build, returningJson(table, fields)));
    }
    case 'updateByPk': {
      const where = pkExp(table, args.pk_columns as Args);
      const build = (s: Parameters<RowJsonBuilder>[0]) =>
        updateStatement(s, table, args as UpdateArgs, where, `${path}.args`);
      return (await runModification(scope, build, asRow)).rows[0] ?? null;
    }
    case 'delete': {
      const build = (s: Parameters<RowJsonBuilder>[0]) => deleteStatement(s, table, args.where, `${path}.args`);
      return mutationResponse(fields, await runModification(scope, build, returningJson(table, fields)));
    }
    case 'deleteByPk': {
      const build = (s: Parameters<RowJsonBuilder>[0]) => deleteStatement(s, table, pkExp(table, args), `${path}.args`);
      return (await runModification(scope, build, asRow)).rows[0] ?? null;
    }
  }
}

/** Row JSON holding one entry per `returning` key of a `<T>_mutation_response` selection. */
function returningJson(table: TableInfo, fields: CollectedFields): RowJsonBuilder | undefined {
  const returning = [...fields].filter(([, nodes]) => nodes[0]?.name.value === 'returning');
  if (returning.length === 0) return undefined;
  return (scope, alias) =>
    jsonObject(returning.map(([key, nodes]) => [key, rowJson(scope, table, alias, subFields(nodes, scope))] as const));
}

function mutationResponse(fields: CollectedFields, result: ModificationResult): Record<string, unknown> {
  const response: Record<string, unknown> = {};
  for (const [key, nodes] of fields) {
    const name = nodes[0]?.name.value;
    if (name === 'affected_rows') response[key] = result.affected;
    if (name === 'returning') response[key] = result.rows.map((row) => (row as Args)[key]);
  }
  return response;
}
