import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/** Where CI and developers keep the official protocol schema: `../shared` beside the repository. */
export const OFFICIAL_SCHEMA_PATH = fileURLToPath(
  new URL('../../../../../shared/reference/airbyte-protocol/airbyte_protocol.yaml', import.meta.url),
);

/** True when the official schema is at hand; a user's clone has no `../shared`. */
export const hasOfficialSchema = existsSync(OFFICIAL_SCHEMA_PATH);

/** A validator for one line against the official schema's AirbyteMessage. */
export function officialMessageValidator(): ValidateFunction {
  const schema = parse(readFileSync(OFFICIAL_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(schema, 'airbyte');
  const validate = ajv.getSchema('airbyte#/definitions/AirbyteMessage');
  if (!validate) throw new Error('the official schema has no AirbyteMessage definition');
  return validate;
}
