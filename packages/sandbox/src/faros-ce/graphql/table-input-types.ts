import {
  GraphQLEnumType,
  type GraphQLEnumValueConfigMap,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableInputType,
} from 'graphql';
import { comparisonExpType, orderByEnumType } from './comparison-types.js';
import { withMeta } from './field-meta.js';
import { graphqlScalarName, isNumericScalar, type ScalarRegistry } from './scalar-types.js';
import { type ColumnInfo, requireTable, type TableCatalog, type TableInfo } from './table-catalog.js';
import type { TypeCache } from './type-cache.js';

const listOf = <T extends GraphQLNullableInputType>(type: T) => new GraphQLList(new GraphQLNonNull(type));

/** The input and enum types Hasura v2 generates per table (`<T>_bool_exp`, `<T>_insert_input`, ...). */
export class TableInputTypes {
  constructor(
    private readonly catalog: TableCatalog,
    private readonly scalars: ScalarRegistry,
    private readonly cache: TypeCache,
  ) {}

  /** The column's GraphQL scalar. */
  scalarOf(column: ColumnInfo) {
    return this.scalars.get(graphqlScalarName(column.typeName));
  }

  /** The shared `order_by` enum. */
  orderByEnum(): GraphQLEnumType {
    return orderByEnumType(this.cache);
  }

  /** `<scalar>_comparison_exp`. */
  comparisonExp(scalarName: string): GraphQLInputObjectType {
    return comparisonExpType(this.scalars, this.cache, scalarName);
  }

  /** `<T>_bool_exp`. */
  boolExp(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_bool_exp`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `Boolean expression to filter rows from the table "${table.name}". All fields are combined with a logical 'AND'.`,
          fields: () => {
            const self = this.boolExp(table);
            const fields: GraphQLInputFieldConfigMap = {
              _and: { type: listOf(self) },
              _not: { type: self },
              _or: { type: listOf(self) },
            };
            for (const column of table.columns) {
              fields[column.name] = {
                type: this.comparisonExp(graphqlScalarName(column.typeName)),
                extensions: withMeta({ kind: 'column', column }),
              };
            }
            for (const rel of [...table.objectRelationships, ...table.arrayRelationships]) {
              fields[rel.name] = {
                type: this.boolExp(requireTable(this.catalog, rel.remoteTable)),
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
            }
            return fields;
          },
        }),
    );
  }

  /** `<T>_order_by`. */
  orderBy(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_order_by`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `Ordering options when selecting data from "${table.name}".`,
          fields: () => {
            const fields: GraphQLInputFieldConfigMap = {};
            for (const column of table.columns) {
              fields[column.name] = { type: this.orderByEnum(), extensions: withMeta({ kind: 'column', column }) };
            }
            for (const rel of table.objectRelationships) {
              fields[rel.name] = {
                type: this.orderBy(requireTable(this.catalog, rel.remoteTable)),
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
            }
            for (const rel of table.arrayRelationships) {
              fields[`${rel.name}_aggregate`] = {
                type: this.aggregateOrderBy(requireTable(this.catalog, rel.remoteTable)),
                extensions: withMeta({ kind: 'relationshipAggregate', relationship: rel }),
              };
            }
            return fields;
          },
        }),
    );
  }

  /** `<T>_aggregate_order_by` (the count of related rows). */
  aggregateOrderBy(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_aggregate_order_by`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `order by aggregate values of table "${table.name}"`,
          fields: () => ({ count: { type: this.orderByEnum() } }),
        }),
    );
  }

  /** `<T>_select_column`. */
  selectColumn(table: TableInfo): GraphQLEnumType {
    return this.columnEnum(`${table.name}_select_column`, `select columns of table "${table.name}"`, table.columns);
  }

  /** `<T>_update_column`: the columns a client may write. */
  updateColumn(table: TableInfo): GraphQLEnumType {
    const writable = table.columns.filter((c) => !c.generated);
    return this.columnEnum(`${table.name}_update_column`, `update columns of table "${table.name}"`, writable);
  }

  /** `<T>_constraint`: the primary key and unique constraints. */
  constraint(table: TableInfo): GraphQLEnumType {
    const name = `${table.name}_constraint`;
    return this.cache.get(name, () => {
      const values: GraphQLEnumValueConfigMap = {};
      for (const key of [...(table.primaryKey ? [table.primaryKey] : []), ...table.uniqueConstraints]) {
        values[key.name] = { value: key.name };
      }
      if (Object.keys(values).length === 0) values._PLACEHOLDER = { value: '_PLACEHOLDER' };
      return new GraphQLEnumType({
        name,
        description: `unique or primary key constraints on table "${table.name}"`,
        values,
      });
    });
  }

  /** `<T>_on_conflict`. */
  onConflict(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_on_conflict`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `on_conflict condition type for table "${table.name}"`,
          fields: () => ({
            constraint: { type: new GraphQLNonNull(this.constraint(table)) },
            update_columns: { type: new GraphQLNonNull(listOf(this.updateColumn(table))), default: { value: [] } },
            where: { type: this.boolExp(table) },
          }),
        }),
    );
  }

  /** `<T>_insert_input`: writable columns and nested relationship inserts. */
  insertInput(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_insert_input`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for inserting data into table "${table.name}"`,
          fields: () => {
            const fields = this.columnFields(table);
            for (const rel of table.objectRelationships) {
              fields[rel.name] = {
                type: this.relInsertInput(requireTable(this.catalog, rel.remoteTable), 'obj'),
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
            }
            for (const rel of table.arrayRelationships) {
              fields[rel.name] = {
                type: this.relInsertInput(requireTable(this.catalog, rel.remoteTable), 'arr'),
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
            }
            return fields;
          },
        }),
    );
  }

  /** `<T>_obj_rel_insert_input` or `<T>_arr_rel_insert_input`. */
  relInsertInput(table: TableInfo, kind: 'obj' | 'arr'): GraphQLInputObjectType {
    const name = `${table.name}_${kind}_rel_insert_input`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for inserting ${kind === 'obj' ? 'object' : 'array'} relation for remote table "${table.name}"`,
          fields: () => {
            const data = new GraphQLNonNull(this.insertInput(table));
            return {
              data: { type: kind === 'obj' ? data : new GraphQLNonNull(listOf(this.insertInput(table))) },
              on_conflict: { type: this.onConflict(table), description: 'upsert condition' },
            };
          },
        }),
    );
  }

  /** `<T>_set_input`. */
  setInput(table: TableInfo): GraphQLInputObjectType {
    const name = `${table.name}_set_input`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for updating data in table "${table.name}"`,
          fields: () => this.columnFields(table),
        }),
    );
  }

  /** `<T>_inc_input`, for tables with numeric writable columns. */
  incInput(table: TableInfo): GraphQLInputObjectType | undefined {
    const numeric = table.columns.filter((c) => !c.generated && isNumericScalar(graphqlScalarName(c.typeName)));
    if (numeric.length === 0) return undefined;
    const name = `${table.name}_inc_input`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `input type for incrementing numeric columns in table "${table.name}"`,
          fields: () => this.columnFields(table, numeric),
        }),
    );
  }

  /** `<T>_pk_columns_input`. */
  pkColumnsInput(table: TableInfo): GraphQLInputObjectType | undefined {
    const key = table.primaryKey;
    if (!key) return undefined;
    const name = `${table.name}_pk_columns_input`;
    return this.cache.get(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `primary key columns input for table: ${table.name}`,
          fields: () => this.columnFields(table, pkColumns(table), true),
        }),
    );
  }

  private columnFields(table: TableInfo, columns = table.columns.filter((c) => !c.generated), required = false) {
    const fields: GraphQLInputFieldConfigMap = {};
    for (const column of columns) {
      const scalar = this.scalarOf(column);
      fields[column.name] = {
        type: required ? new GraphQLNonNull(scalar) : scalar,
        extensions: withMeta({ kind: 'column', column }),
      };
    }
    return fields;
  }

  private columnEnum(name: string, description: string, columns: readonly ColumnInfo[]): GraphQLEnumType {
    return this.cache.get(name, () => {
      const values: GraphQLEnumValueConfigMap = {};
      for (const column of columns) values[column.name] = { value: column.name, description: 'column name' };
      if (columns.length === 0)
        values._PLACEHOLDER = { value: '_PLACEHOLDER', description: 'placeholder (do not use)' };
      return new GraphQLEnumType({ name, description, values });
    });
  }
}

/** The primary key's columns. */
export function pkColumns(table: TableInfo): ColumnInfo[] {
  const names = table.primaryKey?.columns ?? [];
  return names.flatMap((name) => table.columns.filter((c) => c.name === name));
}
