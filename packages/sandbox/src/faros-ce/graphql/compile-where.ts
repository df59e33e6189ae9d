import { HasuraError } from './hasura-error.js';
import { graphqlScalarName } from './scalar-types.js';
import { quoteIdent, type SqlBuilder } from './sql-builder.js';
import {
  type ColumnInfo,
  findColumn,
  findRelationship,
  type RelationshipInfo,
  requireTable,
  type TableCatalog,
  type TableInfo,
} from './table-catalog.js';

/** What every compiler needs: the statement being built and the catalog. */
export interface CompileScope {
  readonly sql: SqlBuilder;
  readonly catalog: TableCatalog;
}

type Exp = Readonly<Record<string, unknown>>;

/**
 * Translates a `<T>_bool_exp` value into a SQL condition on `alias`. Like Hasura: `{}` and `_and: []` are true,
 * `_or: []` is false, a relationship filter holds when a related row matches, and a `null` operand is refused.
 */
export function compileWhere(scope: CompileScope, table: TableInfo, alias: string, exp: unknown, path: string): string {
  if (exp === null || exp === undefined) return 'true';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(exp as Exp)) {
    if (value === undefined) continue;
    const at = `${path}.${key}`;
    if (key === '_and' || key === '_or') {
      const items = ((value ?? []) as unknown[]).map((item, i) =>
        compileWhere(scope, table, alias, item, `${at}[${i}]`),
      );
      if (items.length === 0) parts.push(key === '_and' ? 'true' : 'false');
      else parts.push(`(${items.join(key === '_and' ? ' AND ' : ' OR ')})`);
    } else if (key === '_not') {
      parts.push(`NOT (${compileWhere(scope, table, alias, value, at)})`);
    } else {
      const column = findColumn(table, key);
      if (column) {
        parts.push(...compileComparisons(scope.sql, `${alias}.${quoteIdent(column.name)}`, column, value as Exp, at));
        continue;
      }
      const rel = findRelationship(table, key);
      if (!rel)
        throw new HasuraError('validation-failed', `field "${key}" not found in type: '${table.name}_bool_exp'`, at);
      parts.push(
        relationshipExists(scope, rel, alias, (remoteAlias, remote) =>
          compileWhere(scope, remote, remoteAlias, value, at),
        ),
      );
    }
  }
  return parts.length === 0 ? 'true' : parts.length === 1 ? (parts[0] ?? 'true') : `(${parts.join(' AND ')})`;
}

/** `EXISTS` a row of the relationship's remote table, joined to `alias`, for which `condition` holds. */
export function relationshipExists(
  scope: CompileScope,
  rel: RelationshipInfo,
  alias: string,
  condition: (remoteAlias: string, remote: TableInfo) => string,
): string {
  const remote = requireTable(scope.catalog, rel.remoteTable);
  const remoteAlias = scope.sql.alias();
  const where = [joinCondition(rel, alias, remoteAlias), condition(remoteAlias, remote)].join(' AND ');
  return `EXISTS (SELECT 1 FROM ${quoteIdent(remote.name)} AS ${remoteAlias} WHERE ${where})`;
}

/** The join of a relationship: each remote column equals its local column. */
export function joinCondition(rel: RelationshipInfo, localAlias: string, remoteAlias: string): string {
  return rel.columnMapping
    .map(([local, remote]) => `${remoteAlias}.${quoteIdent(remote)} = ${localAlias}.${quoteIdent(local)}`)
    .join(' AND ');
}

function compileComparisons(
  sql: SqlBuilder,
  target: string,
  column: ColumnInfo,
  ops: Exp | null,
  path: string,
): string[] {
  if (ops === null) return [];
  const scalar = graphqlScalarName(column.typeName);
  const conditions: string[] = [];
  for (const [op, operand] of Object.entries(ops)) {
    if (operand === undefined) continue;
    if (operand === null) {
      throw new HasuraError('validation-failed', `unexpected null value for type "${scalar}"`, `${path}.${op}`);
    }
    conditions.push(compileComparison(sql, target, column, op, operand));
  }
  return conditions;
}

function compileComparison(sql: SqlBuilder, target: string, column: ColumnInfo, op: string, operand: unknown): string {
  const binary = BINARY[op];
  if (binary) return `${target} ${binary} ${sql.value(operand, column)}`;
  const textual = TEXTUAL[op];
  if (textual) return `${target} ${textual} ${sql.text(String(operand))}`;
  switch (op) {
    case '_in':
    case '_nin': {
      const items = (operand as unknown[]).map((item) => sql.value(item, column));
      if (items.length === 0) return op === '_in' ? 'false' : 'true';
      return `${target} ${op === '_in' ? 'IN' : 'NOT IN'} (${items.join(', ')})`;
    }
    case '_is_null':
      return `${target} IS ${operand === true ? '' : 'NOT '}NULL`;
    case '_has_key':
      return `${target} ? ${sql.text(String(operand))}`;
    case '_has_keys_all':
    case '_has_keys_any': {
      const keys = (operand as unknown[]).map((key) => sql.text(String(key)));
      return `${target} ${op === '_has_keys_all' ? '?&' : '?|'} ARRAY[${keys.join(', ')}]::text[]`;
    }
    default:
      throw new HasuraError('validation-failed', `unknown operator "${op}"`);
  }
}

const BINARY: Readonly<Record<string, string>> = {
  _eq: '=',
  _neq: '<>',
  _gt: '>',
  _gte: '>=',
  _lt: '<',
  _lte: '<=',
  _contains: '@>',
  _contained_in: '<@',
};

const TEXTUAL: Readonly<Record<string, string>> = {
  _like: 'LIKE',
  _nlike: 'NOT LIKE',
  _ilike: 'ILIKE',
  _nilike: 'NOT ILIKE',
  _similar: 'SIMILAR TO',
  _nsimilar: 'NOT SIMILAR TO',
  _regex: '~',
  _nregex: '!~',
  _iregex: '~*',
  _niregex: '!~*',
};
