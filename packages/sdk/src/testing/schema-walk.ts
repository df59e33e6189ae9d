import type { JsonSchema } from '../config/json-schema.js';

/** One schema met by {@link walkSchema}. */
export interface SchemaNode {
  readonly schema: JsonSchema;
  /** Where it is, e.g. `properties.credentials.oneOf[1].properties.token`; `` for the root. */
  readonly path: string;
  /** The property name, when the node is a value of `properties`. */
  readonly propertyName?: string;
  /** How many `properties` levels lead here: 1 for a top-level property, 0 for the root. */
  readonly propertyDepth: number;
  /** The schema holding this one. */
  readonly parent?: JsonSchema;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'] as const;
const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'] as const;
const SCHEMA_VALUES = [
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
] as const;

/**
 * Visits a schema and every schema inside it, keyword by keyword: a property named `not` is a
 * property, not the `not` keyword. Values that are not objects (`additionalProperties: true`)
 * are not visited.
 */
export function walkSchema(root: unknown, visit: (node: SchemaNode) => void): void {
  const onPath = new Set<object>();
  const walk = (schema: unknown, path: string, depth: number, extra: Partial<SchemaNode>): void => {
    if (!isSchema(schema) || onPath.has(schema)) return;
    onPath.add(schema);
    visit({ schema, path, propertyDepth: depth, ...extra });
    const walkList = (list: unknown[], keyword: string): void => {
      for (const [i, child] of list.entries()) walk(child, join(path, `${keyword}[${i}]`), depth, { parent: schema });
    };
    for (const keyword of SCHEMA_MAPS) {
      const map = schema[keyword];
      if (!isSchema(map)) continue;
      for (const [name, child] of Object.entries(map)) {
        const childPath = join(path, `${keyword}.${name}`);
        if (keyword === 'properties') walk(child, childPath, depth + 1, { propertyName: name, parent: schema });
        else walk(child, childPath, depth, { parent: schema });
      }
    }
    for (const keyword of SCHEMA_LISTS) {
      const list = schema[keyword];
      if (Array.isArray(list)) walkList(list, keyword);
    }
    for (const keyword of SCHEMA_VALUES) {
      const value = schema[keyword];
      if (Array.isArray(value)) walkList(value, keyword);
      else walk(value, join(path, keyword), depth, { parent: schema });
    }
    onPath.delete(schema);
  };
  walk(root, '', 0, {});
}

/** A path for messages: `(root)` for the root. */
export function displayPath(path: string): string {
  return path === '' ? '(root)' : path;
}

/** The schema of a field path (`['a', 'b']`) through `properties`, or undefined. */
export function schemaAtPath(root: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const segment of path) {
    const properties: Record<string, JsonSchema> | undefined = current?.properties;
    if (!isSchema(properties) || !Object.hasOwn(properties, segment)) return undefined;
    current = properties[segment];
  }
  return current;
}

/** The `type` of a schema as a list (`"string"` → `["string"]`, absent → `[]`). */
export function typesOf(schema: JsonSchema): string[] {
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function join(path: string, segment: string): string {
  return path === '' ? segment : `${path}.${segment}`;
}
