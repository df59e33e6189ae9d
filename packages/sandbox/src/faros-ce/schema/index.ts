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
} from './faros-ce-schema-sql.js';
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
} from './faros-ce-table.js';
export { fromJson, ref, table } from './faros-ce-table.js';
export { farosCeTables, findFarosCeTable } from './faros-ce-tables.js';
