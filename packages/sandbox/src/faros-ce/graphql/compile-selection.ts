import { type FieldNode, type GraphQLField, type GraphQLSchema, getArgumentValues, isObjectType } from 'graphql';
import { type CollectContext, type CollectedFields, subFields } from './collect-fields.js';
import { compileOrderBy, type OrderTerm } from './compile-order-by.js';
import { type CompileScope, compileWhere, joinCondition } from './compile-where.js';
import { fieldMeta } from './field-meta.js';
import { HasuraError } from './hasura-error.js';
import { quoteIdent, quoteName } from './sql-builder.js';
import { findColumn, requireTable, type TableInfo } from './table-catalog.js';

/** Everything needed to compile a selection: the statement, catalog, schema, fragments and variables. */
export interface SelectionScope extends CompileScope, CollectContext {
  readonly schema: GraphQLSchema;
}

/** The arguments of a list selection. */
export interface SelectArgs {
  readonly where?: unknown;
  readonly order_by?: unknown;
  readonly limit?: unknown;
  readonly offset?: unknown;
  readonly distinct_on?: unknown;
}

/** A join to the enclosing row, given the alias of the selected table. */
export type JoinTo = (alias: string) => string;

/** A JSON object of the row at `alias`, keyed by the fields' response keys (`__typename` is left to graphql-js). */
export function rowJson(scope: SelectionScope, table: TableInfo, alias: string, fields: CollectedFields): string {
  const pairs: [string, string][] = [];
  for (const [key, nodes] of fields) {
    const node = nodes[0];
    if (!node || node.name.value === '__typename') continue;
    const field = fieldOf(scope, table.name, node.name.value);
    const meta = fieldMeta(field);
    if (meta?.kind === 'column') {
      pairs.push([key, `${alias}.${quoteIdent(meta.column.name)}`]);
    } else if (meta?.kind === 'relationship' || meta?.kind === 'relationshipAggregate') {
      const rel = meta.relationship;
      const remote = requireTable(scope.catalog, rel.remoteTable);
      const sub = subFields(nodes, scope);
      const join: JoinTo = (remoteAlias) => joinCondition(rel, alias, remoteAlias);
      if (meta.kind === 'relationshipAggregate') {
        pairs.push([key, aggregateQuery(scope, remote, argumentsOf(scope, field, node), sub, join)]);
      } else if (rel.kind === 'array') {
        pairs.push([key, listQuery(scope, remote, argumentsOf(scope, field, node), sub, join)]);
      } else {
        const remoteAlias = scope.sql.alias();
        const from = `${quoteIdent(remote.name)} AS ${remoteAlias} WHERE ${join(remoteAlias)}`;
        pairs.push([key, `(SELECT ${rowJson(scope, remote, remoteAlias, sub)} FROM ${from} LIMIT 1)`]);
      }
    }
  }
  return jsonObject(pairs);
}

/** A JSON array of the selected rows (`[]` when none). */
export function listQuery(
  scope: SelectionScope,
  table: TableInfo,
  args: SelectArgs,
  fields: CollectedFields,
  join?: JoinTo,
): string {
  const rows = selectRows(scope, table, args, join);
  const alias = scope.sql.alias();
  const row = rowJson(scope, table, alias, fields);
  return `(SELECT coalesce(json_agg(${row}${orderSuffix(alias, rows.order)}), '[]'::json) FROM (${rows.sql}) AS ${alias})`;
}

/** A JSON object answering `<T>_aggregate { aggregate { count max min } nodes }` over the selected rows. */
export function aggregateQuery(
  scope: SelectionScope,
  table: TableInfo,
  args: SelectArgs,
  fields: CollectedFields,
  join?: JoinTo,
): string {
  const rows = selectRows(scope, table, args, join);
  const alias = scope.sql.alias();
  const pairs: [string, string][] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0]?.name.value;
    if (name === 'nodes') {
      const row = rowJson(scope, table, alias, subFields(nodes, scope));
      pairs.push([key, `coalesce(json_agg(${row}${orderSuffix(alias, rows.order)}), '[]'::json)`]);
    } else if (name === 'aggregate') {
      pairs.push([key, aggregateFields(scope, table, alias, subFields(nodes, scope))]);
    }
  }
  return `(SELECT ${jsonObject(pairs)} FROM (${rows.sql}) AS ${alias})`;
}

/** The row with these primary key values as a JSON object, or SQL NULL. */
export function byPkQuery(
  scope: SelectionScope,
  table: TableInfo,
  key: Readonly<Record<string, unknown>>,
  fields: CollectedFields,
): string {
  const alias = scope.sql.alias();
  const where = compileWhere(scope, table, alias, pkExp(table, key), '$');
  return `(SELECT ${rowJson(scope, table, alias, fields)} FROM ${quoteIdent(table.name)} AS ${alias} WHERE ${where} LIMIT 1)`;
}

/** A `<T>_bool_exp` matching exactly the row with these primary key values. */
export function pkExp(table: TableInfo, key: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries((table.primaryKey?.columns ?? []).map((name) => [name, { _eq: key[name] }]));
}

/** `json_build_object` of key/expression pairs (merged `jsonb` objects beyond Postgres's 100-argument limit). */
export function jsonObject(pairs: readonly (readonly [string, string])[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) {
    chunks.push(
      pairs
        .slice(i, i + 50)
        .map(([key, expr]) => `${quoteName(key)}, ${expr}`)
        .join(', '),
    );
  }
  if (chunks.length <= 1) return `json_build_object(${chunks[0] ?? ''})`;
  return `(${chunks.map((chunk) => `jsonb_build_object(${chunk})`).join(' || ')})::json`;
}

/** Coerced arguments of a field node. */
export function argumentsOf(scope: SelectionScope, field: GraphQLField<unknown, unknown>, node: FieldNode): SelectArgs {
  return getArgumentValues(field, node, scope.variableValues) as SelectArgs;
}

/** The schema field `name` of the object type `typeName`. */
export function fieldOf(scope: SelectionScope, typeName: string, name: string): GraphQLField<unknown, unknown> {
  const type = scope.schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!field) throw new HasuraError('validation-failed', `field "${name}" not found in type: '${typeName}'`);
  return field;
}

function aggregateFields(scope: SelectionScope, table: TableInfo, alias: string, fields: CollectedFields): string {
  const pairs: [string, string][] = [];
  for (const [key, nodes] of fields) {
    const node = nodes[0];
    if (!node) continue;
    if (node.name.value === 'count') {
      const args = getArgumentValues(
        fieldOf(scope, `${table.name}_aggregate_fields`, 'count'),
        node,
        scope.variableValues,
      );
      const columns = ((args.columns ?? []) as string[]).map((name) => `${alias}.${quoteIdent(name)}`);
      const target =
        columns.length === 0 ? '*' : columns.length === 1 ? (columns[0] ?? '*') : `(${columns.join(', ')})`;
      pairs.push([key, `count(${args.distinct === true && target !== '*' ? 'DISTINCT ' : ''}${target})`]);
    } else if (node.name.value === 'max' || node.name.value === 'min') {
      const fn = node.name.value;
      const inner: [string, string][] = [];
      for (const [innerKey, innerNodes] of subFields(nodes, scope)) {
        const column = findColumn(table, innerNodes[0]?.name.value ?? '');
        if (column) inner.push([innerKey, `${fn}(${alias}.${quoteIdent(column.name)})`]);
      }
      pairs.push([key, jsonObject(inner)]);
    }
  }
  return jsonObject(pairs);
}

interface SelectedRows {
  readonly sql: string;
  readonly order: readonly OrderTerm[];
}

/** `SELECT` of the matching rows (every column plus one `__o<i>` column per order term), ordered and limited. */
function selectRows(scope: SelectionScope, table: TableInfo, args: SelectArgs, join?: JoinTo): SelectedRows {
  const alias = scope.sql.alias();
  const where = compileWhere(scope, table, alias, args.where, '$.args.where');
  const conditions = join ? `${join(alias)} AND ${where}` : where;
  let order = compileOrderBy(scope, table, alias, args.order_by);
  let distinct = '';
  const distinctOn = (args.distinct_on ?? []) as string[];
  if (distinctOn.length > 0) {
    const expressions = distinctOn.map((name) => `${alias}.${quoteIdent(name)}`);
    if (order.length === 0) order = expressions.map((expression) => ({ expression, direction: 'ASC NULLS LAST' }));
    const leading = order.slice(0, expressions.length).map((term) => term.expression);
    if (!expressions.every((expression) => leading.includes(expression))) {
      throw new HasuraError('validation-failed', '"distinct_on" columns must match initial "order_by" columns');
    }
    distinct = `DISTINCT ON (${expressions.join(', ')}) `;
  }
  const extra = order.map((term, i) => `, ${term.expression} AS "__o${i}"`).join('');
  const orderBy = order.length > 0 ? ` ORDER BY ${order.map((t) => `${t.expression} ${t.direction}`).join(', ')}` : '';
  const limit = pagination(scope, 'LIMIT', args.limit);
  const offset = pagination(scope, 'OFFSET', args.offset);
  const from = `${quoteIdent(table.name)} AS ${alias}`;
  return {
    sql: `SELECT ${distinct}${alias}.*${extra} FROM ${from} WHERE ${conditions}${orderBy}${limit}${offset}`,
    order,
  };
}

function pagination(scope: SelectionScope, keyword: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number' || value < 0) throw new HasuraError('not-supported', 'unexpected negative value');
  return ` ${keyword} ${scope.sql.text(String(value))}::bigint`;
}

function orderSuffix(alias: string, order: readonly OrderTerm[]): string {
  if (order.length === 0) return '';
  return ` ORDER BY ${order.map((term, i) => `${alias}."__o${i}" ${term.direction}`).join(', ')}`;
}
