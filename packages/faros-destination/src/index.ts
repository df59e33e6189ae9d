// Public API of @faros-ce/faros-destination. Named exports only.

export type { Converter, ConverterContext, ConverterSettings, SourceType } from './converters/converter.js';
export { ConverterRegistry, defaultRegistry } from './converters/registry.js';
export { FarosDestination, type FarosDestinationOptions } from './faros-destination.js';
export {
  FAROS_CE_MODELS,
  type FarosModel,
  farosModel,
  type KeyPartKind,
  type ModelColumn,
} from './models/faros-ce-models.js';
export {
  FarosRef,
  type FarosRow,
  type FarosValue,
  type JsonValue,
  ref,
  referenceRow,
  row,
} from './models/faros-row.js';
export { jsonbText, refId, rowId } from './models/pkey.js';
export { parseStreamName, type StreamName } from './router.js';
export { destinationSpec, type FarosDestinationConfig } from './spec.js';
