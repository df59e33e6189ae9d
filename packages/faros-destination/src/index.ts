// Public API of @faros-ce/faros-destination. Named exports only.

export type { Converter, ConverterContext, ConverterSettings, SourceType } from './converters/converter.js';
export {
  FarosRef,
  type FarosRow,
  type FarosValue,
  type JsonValue,
  ref,
  referenceRow,
  row,
} from './models/faros-row.js';
