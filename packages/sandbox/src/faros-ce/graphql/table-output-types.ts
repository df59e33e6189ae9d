import {
  GraphQLBoolean,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableOutputType,
  GraphQLObjectType,
} from 'graphql';
import { withMeta } from './field-meta.js';
import { graphqlScalarName, isComparableScalar } from './scalar-types.js';
import { requireTable, type TableCatalog, type TableInfo } from './table-catalog.js';
import type { TableInputTypes } from './table-input-types.js';
import type { TypeCache } from './type-cache.js';

const nonNullList = <T extends GraphQLNullableOutputType>(type: T) =>
  new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));

/** The object types Hasura v2 generates per table (`<T>`, `<T>_aggregate`, `<T>_mutation_response`, ...). */
export class TableOutputTypes {
  constructor(
    private readonly catalog: TableCatalog,
    private readonly inputs: TableInputTypes,
    private readonly cache: TypeCache,
  ) {}

  /** `<T>`: columns (with their comments as descriptions) and relationships. */
  objectType(table: TableInfo): GraphQLObjectType {
    return this.cache.get(
      table.name,
      () =>
        new GraphQLObjectType({
          name: table.name,
          description: table.comment ?? `columns and relationships of "${table.name}"`,
          fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
            for (const column of table.columns) {
              const scalar = this.inputs.scalarOf(column);
              fields[column.name] = {
                type: column.nullable ? scalar : new GraphQLNonNull(scalar),
                description: column.comment,
                extensions: withMeta({ kind: 'column', column }),
              };
            }
            for (const rel of table.objectRelationships) {
              fields[rel.name] = {
                type: this.objectType(requireTable(this.catalog, rel.remoteTable)),
                description: 'An object relationship',
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
            }
            for (const rel of table.arrayRelationships) {
              const remote = requireTable(this.catalog, rel.remoteTable);
              fields[rel.name] = {
                type: nonNullList(this.objectType(remote)),
                description: 'An array relationship',
                args: this.selectArgs(remote),
                extensions: withMeta({ kind: 'relationship', relationship: rel }),
              };
              fields[`${rel.name}_aggregate`] = {
                type: new GraphQLNonNull(this.aggregate(remote)),
                description: 'An aggregate relationship',
                args: this.selectArgs(remote),
                extensions: withMeta({ kind: 'relationshipAggregate', relationship: rel }),
              };
            }
            return fields;
          },
        }),
    );
  }

  /** The arguments of every list selection: `distinct_on`, `limit`, `offset`, `order_by`, `where`. */
  selectArgs(table: TableInfo): GraphQLFieldConfigArgumentMap {
    return {
      distinct_on: {
        type: new GraphQLList(new GraphQLNonNull(this.inputs.selectColumn(table))),
        description: 'distinct select on columns',
      },
      limit: { type: GraphQLInt, description: 'limit the number of rows returned' },
      offset: { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' },
      order_by: {
        type: new GraphQLList(new GraphQLNonNull(this.inputs.orderBy(table))),
        description: 'sort the rows by one or more columns',
      },
      where: { type: this.inputs.boolExp(table), description: 'filter the rows returned' },
    };
  }

  /** `<T>_aggregate`: `aggregate` and `nodes`. */
  aggregate(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_aggregate`;
    return this.cache.get(
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `aggregated selection of "${table.name}"`,
          fields: () => ({
            aggregate: { type: this.aggregateFields(table) },
            nodes: { type: nonNullList(this.objectType(table)) },
          }),
        }),
    );
  }

  /** `<T>_aggregate_fields`: `count`, `max`, `min`. */
  aggregateFields(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_aggregate_fields`;
    return this.cache.get(
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `aggregate fields of "${table.name}"`,
          fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, unknown> = {
              count: {
                type: new GraphQLNonNull(GraphQLInt),
                args: {
                  columns: { type: new GraphQLList(new GraphQLNonNull(this.inputs.selectColumn(table))) },
                  distinct: { type: GraphQLBoolean },
                },
              },
            };
            const max = this.extremeFields(table, 'max');
            const min = this.extremeFields(table, 'min');
            if (max) fields.max = { type: max };
            if (min) fields.min = { type: min };
            return fields;
          },
        }),
    );
  }

  /** `<T>_max_fields` / `<T>_min_fields` over the comparable columns. */
  extremeFields(table: TableInfo, kind: 'max' | 'min'): GraphQLObjectType | undefined {
    const columns = table.columns.filter((c) => isComparableScalar(graphqlScalarName(c.typeName)));
    if (columns.length === 0) return undefined;
    const name = `${table.name}_${kind}_fields`;
    return this.cache.get(
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `aggregate ${kind} on columns`,
          fields: () => {
            const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
            for (const column of columns) {
              fields[column.name] = {
                type: this.inputs.scalarOf(column),
                extensions: withMeta({ kind: 'column', column }),
              };
            }
            return fields;
          },
        }),
    );
  }

  /** `<T>_mutation_response`: `affected_rows` and `returning`. */
  mutationResponse(table: TableInfo): GraphQLObjectType {
    const name = `${table.name}_mutation_response`;
    return this.cache.get(
      name,
      () =>
        new GraphQLObjectType({
          name,
          description: `response of any mutation on the table "${table.name}"`,
          fields: () => ({
            affected_rows: {
              type: new GraphQLNonNull(GraphQLInt),
              description: 'number of rows affected by the mutation',
            },
            returning: {
              type: nonNullList(this.objectType(table)),
              description: 'data from the rows affected by the mutation',
            },
          }),
        }),
    );
  }
}
