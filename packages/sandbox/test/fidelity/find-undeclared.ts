import type { Ajv } from 'ajv';
import type { SchemaNode } from './openapi-to-json-schema.js';

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows `$ref`s (absolute ids registered with `ajv`) to the schema node they name. */
function resolve(ajv: Ajv, node: unknown, seen = 0): SchemaNode | undefined {
  if (!isNode(node)) return undefined;
  if (typeof node.$ref !== 'string') return node;
  if (seen > 50) throw new Error(`$ref cycle at ${node.$ref}`);
  const target = ajv.getSchema(node.$ref)?.schema;
  return resolve(ajv, target, seen + 1);
}

/** Whether `value` is valid against `node`, compiled once per node. */
function matches(ajv: Ajv, node: SchemaNode, value: unknown, cache: WeakMap<SchemaNode, (v: unknown) => boolean>) {
  let check = cache.get(node);
  if (!check) {
    const compiled = ajv.compile(node);
    check = (v) => compiled(v) === true;
    cache.set(node, check);
  }
  return check(value);
}

/** The schema nodes that describe `value` together: the node itself, its `allOf`, and matching branches. */
function applicable(ajv: Ajv, node: unknown, value: unknown, cache: WeakMap<SchemaNode, (v: unknown) => boolean>) {
  const out: SchemaNode[] = [];
  const visit = (candidate: unknown): void => {
    const resolved = resolve(ajv, candidate);
    if (!resolved) return;
    out.push(resolved);
    for (const part of (resolved.allOf as unknown[] | undefined) ?? []) visit(part);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      for (const branch of (resolved[keyword] as unknown[] | undefined) ?? []) {
        const branchNode = resolve(ajv, branch);
        if (branchNode && matches(ajv, branchNode, value, cache)) visit(branchNode);
      }
    }
  };
  visit(node);
  return out;
}

/**
 * Lists the JSON pointers of properties in `value` that `schema` does not declare: the "closed objects"
 * check ajv cannot do across `allOf`/`anyOf` by itself. An object schema is open (its extra keys allowed and
 * checked against `additionalProperties` when that is a schema) when it sets `additionalProperties`, or when
 * it declares no properties at all (a free-form object in the description).
 */
export function findUndeclared(ajv: Ajv, schema: unknown, value: unknown, pointer = ''): string[] {
  const cache = new WeakMap<SchemaNode, (v: unknown) => boolean>();
  const walk = (node: unknown, current: unknown, at: string): string[] => {
    const nodes = applicable(ajv, node, current, cache);
    if (Array.isArray(current)) {
      const items = nodes.map((n) => n.items).filter((i) => i !== undefined);
      return current.flatMap((item, index) => items.flatMap((i) => walk(i, item, `${at}/${index}`)));
    }
    if (!isNode(current)) return [];
    const declared = new Map<string, unknown[]>();
    const extraSchemas: unknown[] = [];
    let open = false;
    let anyProperties = false;
    let explicitlyClosed = false;
    for (const n of nodes) {
      const props = isNode(n.properties) ? n.properties : undefined;
      if (props) {
        anyProperties = true;
        for (const [name, propSchema] of Object.entries(props)) {
          declared.set(name, [...(declared.get(name) ?? []), propSchema]);
        }
      }
      if (n.additionalProperties === false) explicitlyClosed = true;
      if (n.additionalProperties === true || isNode(n.additionalProperties)) open = true;
      if (isNode(n.additionalProperties)) extraSchemas.push(n.additionalProperties);
    }
    if (!anyProperties && extraSchemas.length === 0 && !explicitlyClosed) open = true;
    const problems: string[] = [];
    for (const [key, child] of Object.entries(current)) {
      const childAt = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const schemas = declared.get(key);
      if (schemas) problems.push(...schemas.flatMap((s) => walk(s, child, childAt)));
      else if (extraSchemas.length > 0) problems.push(...extraSchemas.flatMap((s) => walk(s, child, childAt)));
      else if (!open) problems.push(childAt);
    }
    return problems;
  };
  return walk(schema, value, pointer);
}
