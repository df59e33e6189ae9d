import { Ajv, type ValidateFunction } from 'ajv';
import { describeSchemaErrors } from '../protocol/validate.js';
import { addFormats } from './add-formats.js';
import type { JsonSchema } from './json-schema.js';

/** Options of {@link RecordValidator}. */
export interface RecordValidatorOptions {
  /**
   * Check `format`s (date-time, email...). On for sources checking what they emit; off for
   * destinations, since Airbyte's conventions (`date-time` without a zone, ` BC` dates) differ
   * from JSON Schema's and a destination types values itself.
   */
  formats?: boolean;
}

/**
 * Checks records against their stream's JSON schema, compiled once per stream: the source's
 * `read --validate-records` switch and the destination's `validateRecords` option. Compiling throws
 * when the schema itself is broken.
 */
export class RecordValidator {
  private readonly validate: ValidateFunction;

  constructor(schema: JsonSchema, options: RecordValidatorOptions = {}) {
    const formats = options.formats ?? true;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: formats });
    if (formats) addFormats(ajv);
    this.validate = ajv.compile(schema);
  }

  /** Undefined when the record is valid, else the fields at fault, under `root`. */
  problems(record: Record<string, unknown>, root = 'record'): string | undefined {
    return this.validate(record) ? undefined : describeSchemaErrors(this.validate.errors, root);
  }
}
