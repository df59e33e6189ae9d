import { Ajv, type ValidateFunction } from 'ajv';
import { streamKey } from '../config/input-state.js';
import { configError } from '../errors/airbyte-error.js';
import type { ConfiguredAirbyteCatalog, ConfiguredAirbyteStream } from '../protocol/generated.js';
import { describeSchemaErrors } from '../protocol/validate.js';

/**
 * Finds a record's configured stream and, when asked to, checks the record against the stream's
 * JSON schema. Schemas are compiled once, up front, so a broken schema fails before any record.
 * Formats are not checked: Airbyte's conventions (`date-time` without a zone, ` BC` dates) differ
 * from JSON Schema's, and a destination types values itself.
 */
export class RecordChecker {
  private readonly streams = new Map<string, ConfiguredAirbyteStream>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(catalog: ConfiguredAirbyteCatalog, validateRecords: boolean) {
    const ajv = validateRecords ? new Ajv({ allErrors: true, strict: false, validateFormats: false }) : undefined;
    for (const configured of catalog.streams) {
      const key = streamKey(configured.stream);
      if (this.streams.has(key)) continue;
      this.streams.set(key, configured);
      if (ajv === undefined) continue;
      try {
        this.validators.set(key, ajv.compile(configured.stream.json_schema));
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
    const validate = this.validators.get(key);
    if (validate === undefined || validate(data)) return undefined;
    return describeSchemaErrors(validate.errors, 'data');
  }
}
