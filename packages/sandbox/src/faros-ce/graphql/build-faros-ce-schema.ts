import {
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLFieldResolver,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { type RootOperation, withMeta } from './field-meta.js';
import { ScalarRegistry } from './scalar-types.js';
import type { TableCatalog, TableInfo } from './table-catalog.js';
import { pkColumns, TableInputTypes } from './table-input-types.js';
import { TableOutputTypes } from './table-output-types.js';
import { TypeCache } from './type-cache.js';

/**
 * Builds the GraphQL schema Hasura v2 serves for these tables with default naming: `query_root` with `<T>`,
 * `<T>_aggregate`, `<T>_by_pk`; `mutation_root` with `insert_<T>`, `insert_<T>_one`, `update_<T>`,
 * `update_<T>_by_pk`, `delete_<T>`, `delete_<T>_by_pk`. Every root field is resolved by `resolveRoot`, which
 * finds the table and operation in the field's extensions ({@link fieldMeta}).
 */
export function buildFarosCeSchema<TContext>(
  catalog: TableCatalog,
  resolveRoot: GraphQLFieldResolver<unknown, TContext>,
): GraphQLSchema {
  const cache = new TypeCache();
  const inputs = new TableInputTypes(catalog, new ScalarRegistry(), cache);
  const outputs = new TableOutputTypes(catalog, inputs, cache);
  const tables = [...catalog.tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1));

  const query: GraphQLFieldConfigMap<unknown, TContext> = {};
  const mutation: GraphQLFieldConfigMap<unknown, TContext> = {};
  const root = (table: TableInfo, operation: RootOperation) => ({
    resolve: resolveRoot,
    extensions: withMeta({ kind: 'root', operation, table }),
  });

  for (const table of tables) {
    const t = table.name;
    const objectType = outputs.objectType(table);
    const pkArgs = primaryKeyArgs(table, inputs);
    query[t] = {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(objectType))),
      description: `fetch data from the table: "${t}"`,
      args: outputs.selectArgs(table),
      ...root(table, 'select'),
    };
    query[`${t}_aggregate`] = {
      type: new GraphQLNonNull(outputs.aggregate(table)),
      description: `fetch aggregated fields from the table: "${t}"`,
      args: outputs.selectArgs(table),
      ...root(table, 'selectAggregate'),
    };
    if (pkArgs) {
      query[`${t}_by_pk`] = {
        type: objectType,
        description: `fetch data from the table: "${t}" using primary key columns`,
        args: pkArgs,
        ...root(table, 'selectByPk'),
      };
    }

    const response = outputs.mutationResponse(table);
    const onConflict = { type: inputs.onConflict(table), description: 'upsert condition' };
    const insertInput = new GraphQLNonNull(inputs.insertInput(table));
    mutation[`delete_${t}`] = {
      type: response,
      description: `delete data from the table: "${t}"`,
      args: {
        where: {
          type: new GraphQLNonNull(inputs.boolExp(table)),
          description: 'filter the rows which have to be deleted',
        },
      },
      ...root(table, 'delete'),
    };
    if (pkArgs) {
      mutation[`delete_${t}_by_pk`] = {
        type: objectType,
        description: `delete single row from the table: "${t}"`,
        args: pkArgs,
        ...root(table, 'deleteByPk'),
      };
    }
    mutation[`insert_${t}`] = {
      type: response,
      description: `insert data into the table: "${t}"`,
      args: {
        objects: { type: new GraphQLNonNull(new GraphQLList(insertInput)), description: 'the rows to be inserted' },
        on_conflict: onConflict,
      },
      ...root(table, 'insert'),
    };
    mutation[`insert_${t}_one`] = {
      type: objectType,
      description: `insert a single row into the table: "${t}"`,
      args: { object: { type: insertInput, description: 'the row to be inserted' }, on_conflict: onConflict },
      ...root(table, 'insertOne'),
    };
    mutation[`update_${t}`] = {
      type: response,
      description: `update data of the table: "${t}"`,
      args: {
        ...updateArgs(table, inputs),
        where: {
          type: new GraphQLNonNull(inputs.boolExp(table)),
          description: 'filter the rows which have to be updated',
        },
      },
      ...root(table, 'update'),
    };
    const pkInput = inputs.pkColumnsInput(table);
    if (pkInput) {
      mutation[`update_${t}_by_pk`] = {
        type: objectType,
        description: `update single row of the table: "${t}"`,
        args: { ...updateArgs(table, inputs), pk_columns: { type: new GraphQLNonNull(pkInput) } },
        ...root(table, 'updateByPk'),
      };
    }
  }
  if (tables.length === 0) query.no_queries_available = { type: new GraphQLNonNull(GraphQLString), resolve: () => '' };

  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'query_root', fields: query }),
    mutation: tables.length > 0 ? new GraphQLObjectType({ name: 'mutation_root', fields: mutation }) : undefined,
  });
}

function primaryKeyArgs(table: TableInfo, inputs: TableInputTypes): GraphQLFieldConfigArgumentMap | undefined {
  const columns = pkColumns(table);
  if (columns.length === 0) return undefined;
  return Object.fromEntries(
    columns.map((column) => [column.name, { type: new GraphQLNonNull(inputs.scalarOf(column)) }]),
  );
}

function updateArgs(table: TableInfo, inputs: TableInputTypes): GraphQLFieldConfigArgumentMap {
  const args: GraphQLFieldConfigArgumentMap = {
    _set: { type: inputs.setInput(table), description: 'sets the columns of the filtered rows to the given values' },
  };
  const inc = inputs.incInput(table);
  if (inc)
    args._inc = { type: inc, description: 'increments the numeric columns with given value of the filtered values' };
  return args;
}
