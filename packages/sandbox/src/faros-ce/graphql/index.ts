export { buildFarosCeSchema } from './buildFarosCeSchema.js';
export { createGraphqlEngine, type GraphqlEngine, type GraphqlResponse } from './createGraphqlEngine.js';
export { fromDatabaseError, isPostgresError } from './databaseError.js';
export {
  type HasuraApiError,
  HasuraError,
  type HasuraErrorCode,
  type HasuraGraphqlError,
} from './hasuraError.js';
export { type LoadTableCatalogOptions, loadTableCatalog } from './loadTableCatalog.js';
export { type NamedRelationships, nameRelationships, type TableForeignKeys } from './nameRelationships.js';
export type { GraphqlRequest } from './parseGraphqlRequest.js';
export { pluralize } from './pluralize.js';
export { graphqlScalarName } from './scalarTypes.js';
export type { SqlDatabase, SqlQueryable, SqlQueryResult } from './sqlDatabase.js';
export type {
  ColumnInfo,
  ForeignKeyInfo,
  KeyConstraint,
  RelationshipInfo,
  TableCatalog,
  TableInfo,
} from './tableCatalog.js';
