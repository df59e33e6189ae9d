import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../config/json-schema.js';
import { describeSchemaErrors } from '../protocol/validate.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * Checks records against their stream's JSON schema: the debug and test switch
 * (`read --validate-records`). Compiled once per stream.
 */
export class RecordValidator {
  private readonly validate: ValidateFunction;

  constructor(schema: JsonSchema) {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    this.validate = ajv.compile(schema);
  }

  /** Undefined when the record is valid, else the fields at fault. */
  problems(record: Record<string, unknown>): string | undefined {
    return this.validate(record) ? undefined : describeSchemaErrors(this.validate.errors, 'record');
  }
}
