export { checkAdminSecret } from './checkAdminSecret.js';
export {
  createFarosCeHandler,
  type FarosCeHandler,
  type FarosCeHandlerOptions,
  HASURA_VERSION,
} from './createFarosCeHandler.js';
export { exportMetadata, type HasuraMetadata, type MetadataTable } from './exportMetadata.js';
export { type RunSqlResult, runSql } from './runSql.js';
export { splitSqlStatements } from './splitSqlStatements.js';
export { type RunningFarosCe, type StartFarosCeOptions, startFarosCe } from './startFarosCe.js';
