export { buildFarosCeSchema } from './build-faros-ce-schema.js';
export { createGraphqlEngine, type GraphqlEngine, type GraphqlResponse } from './create-graphql-engine.js';
export { fromDatabaseError, isPostgresError } from './database-error.js';
export {
  type HasuraApiError,
  HasuraError,
  type HasuraErrorCode,
  type HasuraGraphqlError,
} from './hasura-error.js';
export { type LoadTableCatalogOptions, loadTableCatalog } from './load-table-catalog.js';
export { type NamedRelationships, nameRelationships, type TableForeignKeys } from './name-relationships.js';
export type { GraphqlRequest } from './parse-graphql-request.js';
export { pluralize } from './pluralize.js';
export { graphqlScalarName } from './scalar-types.js';
export type { SqlDatabase, SqlQueryable, SqlQueryResult } from './sql-database.js';
export type {
  ColumnInfo,
  ForeignKeyInfo,
  KeyConstraint,
  RelationshipInfo,
  TableCatalog,
  TableInfo,
} from './table-catalog.js';
