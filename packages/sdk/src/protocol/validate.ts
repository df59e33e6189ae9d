import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import protocolSchema from '../../schema/airbyte-protocol.schema.json' with { type: 'json' };
import { configError } from '../errors/airbyte-error.js';
import type { ConfiguredAirbyteCatalog } from './generated.js';
import { type Message, PAYLOAD_FIELD } from './messages.js';

const SCHEMA_ID = protocolSchema.$id;

/** Definition names in our protocol schema that callers may validate against. */
export type ProtocolDefinition = keyof typeof protocolSchema.definitions;

const PAYLOAD_DEFINITION: Record<Message['type'], ProtocolDefinition> = {
  RECORD: 'AirbyteRecordMessage',
  STATE: 'AirbyteStateMessage',
  LOG: 'AirbyteLogMessage',
  SPEC: 'ConnectorSpecification',
  CONNECTION_STATUS: 'AirbyteConnectionStatus',
  CATALOG: 'AirbyteCatalog',
  TRACE: 'AirbyteTraceMessage',
  CONTROL: 'AirbyteControlMessage',
  DESTINATION_CATALOG: 'DestinationCatalog',
};

// One compiled validator per definition, built on first use: compiling is the costly part.
let ajv: Ajv | undefined;
const compiled = new Map<ProtocolDefinition, ValidateFunction>();

function validatorFor(definition: ProtocolDefinition): ValidateFunction {
  let validate = compiled.get(definition);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
      ajv.addSchema(protocolSchema);
    }
    const found = ajv.getSchema(`${SCHEMA_ID}#/definitions/${definition}`);
    if (!found) throw new Error(`protocol schema has no definition ${definition}`);
    validate = found;
    compiled.set(definition, validate);
  }
  return validate;
}

/** Describes ajv errors as `where: what` phrases, e.g. `record.emitted_at: must be integer`. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined, root: string): string {
  if (!errors || errors.length === 0) return `${root}: invalid`;
  return errors
    .map((e) => {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : `${acc}.${p}`), root);
      if (e.keyword === 'required') return `${path}.${String(e.params.missingProperty)}: is required`;
      if (e.keyword === 'enum')
        return `${path}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      return `${path}: ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}

/**
 * Checks a value against one definition of the protocol schema.
 * Returns `undefined` when it is valid, otherwise a description naming each wrong field.
 */
export function validateProtocolValue(
  definition: ProtocolDefinition,
  value: unknown,
  root: string,
): string | undefined {
  const validate = validatorFor(definition);
  return validate(value) ? undefined : describeSchemaErrors(validate.errors, root);
}

/**
 * Checks the envelope of a parsed message: a known `type` whose payload field is present and valid.
 * Returns `undefined` when valid, otherwise what is wrong.
 */
export function validateEnvelope(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'message must be a JSON object';
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') return 'message has no string "type"';
  // Own keys only: "toString" or "__proto__" are not message types.
  if (!Object.hasOwn(PAYLOAD_FIELD, type)) return `unknown message type ${JSON.stringify(type)}`;
  const field = PAYLOAD_FIELD[type as Message['type']];
  const payload = (value as Record<string, unknown>)[field];
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return `${type} message must carry an object in "${field}"`;
  }
  return validateProtocolValue(PAYLOAD_DEFINITION[type as Message['type']], payload, field);
}

/** Checks a configured catalog against the protocol; returns what is wrong, or `undefined`. */
export function validateConfiguredCatalog(value: unknown): string | undefined {
  return validateProtocolValue('ConfiguredAirbyteCatalog', value, 'catalog');
}

/** The value as a configured catalog, or a `config_error` naming what breaks the protocol. */
export function parseConfiguredCatalog(value: unknown): ConfiguredAirbyteCatalog {
  const problem = validateConfiguredCatalog(value);
  if (problem !== undefined) throw configError(`The catalog is invalid: ${problem}`);
  return value as ConfiguredAirbyteCatalog;
}
