import { streamKey } from '../config/input-state.js';
import { RecordValidator } from '../config/record-validator.js';
import { configError } from '../errors/airbyte-error.js';
import type { ConfiguredAirbyteCatalog, ConfiguredAirbyteStream } from '../protocol/generated.js';

/**
 * Finds a record's configured stream and, when asked to, checks the record against the stream's
 * JSON schema. Schemas are compiled once, up front, so a broken schema fails before any record.
 * Formats are not checked (see {@link RecordValidator}).
 */
export class RecordChecker {
  private readonly streams = new Map<string, ConfiguredAirbyteStream>();
  private readonly validators = new Map<string, RecordValidator>();

  constructor(catalog: ConfiguredAirbyteCatalog, validateRecords: boolean) {
    for (const configured of catalog.streams) {
      const key = streamKey(configured.stream);
      if (this.streams.has(key)) continue;
      this.streams.set(key, configured);
      if (!validateRecords) continue;
      try {
        this.validators.set(key, new RecordValidator(configured.stream.json_schema, { formats: false }));
      } catch (error) {
        throw configError(`The JSON schema of stream ${configured.stream.name} in the catalog is invalid`, {
          internalMessage: error instanceof Error ? error.message : String(error),
          cause: error,
        });
      }
    }
  }

  /** The configured stream with this key, if the catalog has it. */
  stream(key: string): ConfiguredAirbyteStream | undefined {
    return this.streams.get(key);
  }

  /** Undefined when the record fits its stream's schema (or validation is off), else what is wrong. */
  problems(key: string, data: Record<string, unknown>): string | undefined {
    return this.validators.get(key)?.problems(data, 'data');
  }
}
