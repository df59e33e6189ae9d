import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describeSchemaErrors } from '../protocol/validate.js';

// ajv-formats ships CJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

// Airbyte's keywords (airbyte_secret, order...) are unknown to ajv: not strict, and quiet.
function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, logger: false });
  addFormats(ajv);
  return ajv;
}

/** Why `schema` is not a usable draft-7 JSON schema, or undefined when it is. */
export function schemaProblems(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return 'the schema must be an object';
  const ajv = newAjv();
  if (!ajv.validateSchema(schema)) return `not a valid draft-7 schema: ${describeSchemaErrors(ajv.errors, 'schema')}`;
  try {
    ajv.compile(schema);
  } catch (error) {
    return `the schema does not compile: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

/** A validator for records of one stream: undefined for a valid record, else what is wrong. */
export type RecordCheck = (data: unknown) => string | undefined;

/** Compiles a stream schema into a {@link RecordCheck}, with format checks; undefined if it does not compile. */
export function recordCheck(schema: unknown): RecordCheck | undefined {
  try {
    const validate = newAjv().compile(schema as object);
    return (data) => (validate(data) ? undefined : describeSchemaErrors(validate.errors, 'record'));
  } catch {
    return undefined;
  }
}
