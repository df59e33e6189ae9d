import type { JsonSchema } from './json-schema.js';

/**
 * Every value in `config` that the spec marks `airbyte_secret`, wherever it sits: nested objects,
 * `oneOf` options and arrays included. Values of secret objects or arrays are all secret.
 */
export function secretValuesOf(connectionSpecification: JsonSchema, config: unknown): unknown[] {
  const found: unknown[] = [];
  collect(connectionSpecification, config, found);
  return found;
}

function collect(schema: JsonSchema | undefined, value: unknown, found: unknown[]): void {
  if (!schema || value === undefined || value === null) return;
  if (schema.airbyte_secret === true) {
    leaves(value, found);
    return;
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) for (const option of options) collect(option, value, found);
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items && !Array.isArray(items)) for (const item of value) collect(items, item, found);
    return;
  }
  if (typeof value === 'object' && schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) {
      collect(child, (value as Record<string, unknown>)[key], found);
    }
  }
}

function leaves(value: unknown, found: unknown[]): void {
  if (Array.isArray(value)) for (const item of value) leaves(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) leaves(item, found);
  else found.push(value);
}
