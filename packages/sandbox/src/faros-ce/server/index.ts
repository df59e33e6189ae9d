export { checkAdminSecret } from './check-admin-secret.js';
export {
  createFarosCeHandler,
  type FarosCeHandler,
  type FarosCeHandlerOptions,
  HASURA_VERSION,
} from './create-faros-ce-handler.js';
export { exportMetadata, type HasuraMetadata, type MetadataTable } from './export-metadata.js';
export { type RunSqlResult, runSql } from './run-sql.js';
export { splitSqlStatements } from './split-sql-statements.js';
export { type RunningFarosCe, type StartFarosCeOptions, startFarosCe } from './start-faros-ce.js';
