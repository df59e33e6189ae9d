import type { JsonSchema } from '../config/json-schema.js';
import { configProblems } from '../config/validate-config.js';
import type { ConnectorSpecification } from '../protocol/generated.js';
import type { ConformanceFailure } from './conformance-result.js';
import { schemaProblems } from './schema-problems.js';
import { displayPath, type SchemaNode, typesOf, walkSchema } from './schema-walk.js';
import { isSecretLikeName } from './secret-like-name.js';

/** Options of {@link lintSpec}. */
export interface SpecLintOptions {
  /** A config to validate against the spec (keys starting with `_` are ignored, as the platform does). */
  config?: unknown;
  /** Secret-like field names that are not secrets here (e.g. `['workspace_key']`). */
  nonSecretFields?: readonly string[];
}

// Keywords the platform's config form cannot render.
const FORBIDDEN_KEYWORDS = [
  'not',
  'anyOf',
  'allOf',
  'patternProperties',
  'prefixItems',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependentRequired',
] as const;

/**
 * Lints a connector specification the way the platform's form and acceptance tests need it:
 * valid draft-7 schema, config matches, distinct enums, well-formed `oneOf`s, secrets marked,
 * simple type lists, no forbidden keywords, unique `order`s, top-level `group`s, `display_type`
 * only on `oneOf`, no `$ref`, `additionalProperties` true when present.
 */
export function lintSpec(spec: ConnectorSpecification, options: SpecLintOptions = {}): ConformanceFailure[] {
  const schema = spec.connectionSpecification as JsonSchema;
  const failures: ConformanceFailure[] = [];
  const fail = (rule: string, path: string, message: string): void => {
    failures.push({ rule, path: displayPath(path), message });
  };
  const schemaProblem = schemaProblems(schema);
  if (schemaProblem !== undefined) fail('spec-invalid-schema', '', schemaProblem);
  else if (options.config !== undefined) {
    for (const p of configProblems(schema, withoutInternalKeys(options.config)).problems) {
      fail('config-does-not-match-spec', p.field, `${p.field} ${p.message} (rule: ${p.rule})`);
    }
  }
  const nonSecret = new Set(options.nonSecretFields ?? []);
  walkSchema(schema, (node) => {
    const s = node.schema;
    const path = node.path;
    if (Array.isArray(s.enum) && new Set(s.enum.map((v) => JSON.stringify(v))).size !== s.enum.length) {
      fail('enum-distinct', path, 'enum lists a value twice');
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const options = s[keyword];
      if (Array.isArray(options)) for (const f of oneOfProblems(s, options, keyword)) fail(f.rule, path, f.message);
    }
    if (node.propertyName !== undefined && !nonSecret.has(node.propertyName)) secretProblems(node, fail);
    if (Array.isArray(s.type) && !(s.type.length === 1 || (s.type.length === 2 && s.type[1] === 'null'))) {
      fail('property-type-list', path, `type ${JSON.stringify(s.type)} must be [X] or [X, "null"]`);
    }
    for (const keyword of FORBIDDEN_KEYWORDS) {
      if (Object.hasOwn(s, keyword)) fail('forbidden-keyword', path, `"${keyword}" is not allowed in a spec`);
    }
    if (s.properties && typeof s.properties === 'object') orderProblems(s.properties, path, fail);
    if (s.group !== undefined && node.propertyDepth !== 1) {
      fail('nested-group', path, '"group" is only allowed on top-level properties');
    }
    if (s.display_type !== undefined) {
      if (!Array.isArray(s.oneOf)) fail('display-type', path, '"display_type" is only allowed on fields with "oneOf"');
      if (s.display_type !== 'dropdown' && s.display_type !== 'radio') {
        fail('display-type', path, `"display_type" must be "dropdown" or "radio"`);
      }
    }
    if (s.$ref !== undefined) fail('unresolved-ref', path, `"$ref": ${JSON.stringify(s.$ref)} must be inlined`);
    if (Object.hasOwn(s, 'additionalProperties') && s.additionalProperties !== true) {
      fail('additional-properties', path, '"additionalProperties" must be true when present');
    }
  });
  return failures;
}

function withoutInternalKeys(config: unknown): unknown {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return config;
  return Object.fromEntries(Object.entries(config).filter(([key]) => !key.startsWith('_')));
}

function oneOfProblems(parent: JsonSchema, options: unknown[], keyword: string): { rule: string; message: string }[] {
  const out: { rule: string; message: string }[] = [];
  if (!typesOf(parent).includes('object'))
    out.push({ rule: 'oneof-parent', message: `a field with "${keyword}" must have type object` });
  const props = options.map((o) => (o && typeof o === 'object' ? (o as JsonSchema).properties : undefined));
  if (props.some((p) => !p || typeof p !== 'object')) {
    out.push({ rule: 'oneof-option-properties', message: `every "${keyword}" option must have "properties"` });
    return out;
  }
  const all = props as Record<string, JsonSchema>[];
  const shared = Object.keys(all[0] ?? {}).filter((name) => all.every((p) => Object.hasOwn(p, name)));
  if (shared.length === 0) {
    out.push({ rule: 'oneof-shared-property', message: `"${keyword}" options share no property` });
    return out;
  }
  const discriminators = shared.filter((name) => all.every((p) => p[name]?.const !== undefined));
  if (discriminators.length !== 1) {
    out.push({
      rule: 'oneof-discriminator',
      message: `exactly one shared property must have "const" in every "${keyword}" option (found ${discriminators.length})`,
    });
    return out;
  }
  const name = discriminators[0] as string;
  const consts = all.map((p) => JSON.stringify(p[name]?.const));
  if (new Set(consts).size !== consts.length) {
    out.push({ rule: 'oneof-discriminator', message: `"${name}" has the same "const" in two options` });
  }
  for (const p of all) {
    const field = p[name] as JsonSchema;
    const constant = JSON.stringify(field.const);
    const wrongDefault = field.default !== undefined && JSON.stringify(field.default) !== constant;
    const wrongEnum = Array.isArray(field.enum) && field.enum.some((v) => JSON.stringify(v) !== constant);
    if (wrongDefault || wrongEnum) {
      out.push({
        rule: 'oneof-discriminator',
        message: `"${name}" has a default or enum other than its const ${constant}`,
      });
    }
  }
  return out;
}

function secretProblems(node: SchemaNode, fail: (rule: string, path: string, message: string) => void): void {
  const s = node.schema;
  const types = typesOf(s);
  const constant = s.const !== undefined;
  const storable =
    !constant && s.enum === undefined && types.some((t) => t === 'string' || t === 'number' || t === 'integer');
  const notStorable =
    constant || (types.length > 0 && types.every((t) => t === 'boolean' || t === 'object' || t === 'null'));
  if (s.airbyte_secret === true && notStorable) {
    fail(
      'secret-not-storable',
      node.path,
      `${node.propertyName} cannot hold a secret value but is marked airbyte_secret`,
    );
  } else if (storable && s.airbyte_secret !== true && isSecretLikeName(node.propertyName ?? '')) {
    fail(
      'secret-not-marked',
      node.path,
      `${node.propertyName} looks like a credential: mark it "airbyte_secret": true`,
    );
  }
}

function orderProblems(
  properties: Record<string, JsonSchema>,
  path: string,
  fail: (rule: string, path: string, message: string) => void,
): void {
  const seen = new Map<string, string>();
  for (const [name, child] of Object.entries(properties)) {
    if (!child || typeof child !== 'object' || child.order === undefined) continue;
    const key = `${String(child.group ?? '')}\u0000${String(child.order)}`;
    const other = seen.get(key);
    if (other !== undefined) fail('duplicate-order', path, `${other} and ${name} share "order": ${child.order}`);
    else seen.set(key, name);
  }
}
