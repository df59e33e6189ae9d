/**
 * Our own definition of the Faros CE database schema: table definitions (facts: names, column types,
 * natural keys, references) and the SQL generated from them.
 *
 * @packageDocumentation
 */

export {
  farosCeSchemaSql,
  farosCeTableSql,
  orderByReferences,
  pkeyFunctionSql,
  quoteIdentifier,
} from './farosCeSchemaSql.js';
export type {
  ColumnSpec,
  FarosCeColumn,
  FarosCeColumnType,
  FarosCeGeneration,
  FarosCeIndex,
  FarosCeTable,
  JsonFieldColumnSpec,
  PlainColumnSpec,
  ReferenceColumnSpec,
  TableOptions,
} from './farosCeTable.js';
export { fromJson, ref, table } from './farosCeTable.js';
export { farosCeTables, findFarosCeTable } from './farosCeTables.js';
