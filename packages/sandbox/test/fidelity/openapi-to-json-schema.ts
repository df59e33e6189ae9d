// OpenAPI 3.0 schema objects are almost JSON Schema: this turns them into what ajv (draft-07) validates.

/** A JSON Schema (or OpenAPI schema) node. */
export type SchemaNode = { [key: string]: unknown };

// Annotations ajv must not see: `x-github-breaking-changes` holds `op`/`path` objects that look like schemas.
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'nullable']);

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Converts one OpenAPI 3.0 schema node (recursively) to JSON Schema: `nullable: true` becomes a `null` type
 * (and a `null` enum member), or an `anyOf` with `{type: 'null'}` where the node has no `type`; references
 * `#/components/schemas/X` become `<baseId>#/definitions/X`; annotations and `x-*` keys are dropped.
 */
export function openApiToJsonSchema(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => openApiToJsonSchema(item, baseId));
  if (!isNode(node)) return node;
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace(/^#\/components\/schemas\//, `${baseId}#/definitions/`);
    } else if (key === 'properties' && isNode(value)) {
      // Property names are data, not keywords: convert each value, keep every name.
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, openApiToJsonSchema(schema, baseId)]),
      );
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
    } else {
      out[key] = openApiToJsonSchema(value, baseId);
    }
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Array.isArray(out.type)) {
    if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}
