import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { findUndeclared } from './find-undeclared.js';
import { openApiToJsonSchema, type SchemaNode } from './openapi-to-json-schema.js';

/** One operation of a description. */
export interface OpenApiOperation {
  readonly method: string;
  /** The path template as the description writes it, e.g. `/repos/{owner}/{repo}/pulls`. */
  readonly path: string;
  readonly operationId: string | undefined;
}

/** Validates response bodies against an OpenAPI 3.0 description, objects closed. */
export interface OpenApiValidator {
  /** Every operation the description has. */
  operations(): OpenApiOperation[];
  /** The template of the operation a concrete path (`/repos/a/b/pulls`) belongs to, if any. */
  templateOf(method: string, path: string): string | undefined;
  /**
   * The problems of `body` as the `status` response of `method pathTemplate` (template or concrete path):
   * schema violations (with instance paths) and properties the description does not declare. Empty = valid.
   */
  validateResponse(method: string, pathTemplate: string, status: number, body: unknown): string[];
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// RFC 3339 with a `Z`, `+hh:mm` or Jira's `+hhmm` offset; fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ajv instance for descriptions: lax about unknown keywords, strict about data. */
export function createFidelityAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('date-time', DATE_TIME);
  for (const format of ['int32', 'int64']) ajv.addFormat(format, { type: 'number', validate: Number.isInteger });
  for (const format of ['float', 'double']) ajv.addFormat(format, { type: 'number', validate: () => true });
  ajv.addFormat('binary', true);
  return ajv;
}

const segmentsMatch = (template: string, path: string): number | undefined => {
  const t = template.split('/');
  const p = path.split('?')[0]!.split('/');
  if (t.length !== p.length) return undefined;
  let literal = 0;
  for (let i = 0; i < t.length; i++) {
    if (/^\{[^}]+\}$/.test(t[i]!)) continue;
    if (t[i] !== p[i]) return undefined;
    literal++;
  }
  return literal;
};

/** Loads an OpenAPI 3.0 description (JSON) from `specPath`. Build it once per test file. */
export function loadOpenApiValidator(specPath: string): OpenApiValidator {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as SchemaNode;
  const baseId = `openapi:${specPath}`;
  const ajv = createFidelityAjv();
  const components = isNode(spec.components) ? spec.components : {};
  const schemas = isNode(components.schemas) ? components.schemas : {};
  ajv.addSchema({ $id: baseId, definitions: openApiToJsonSchema(schemas, baseId) });
  const paths = isNode(spec.paths) ? spec.paths : {};
  const compiled = new Map<string, { schema: unknown; validate: ValidateFunction }>();

  const operations = (): OpenApiOperation[] =>
    Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(isNode(item) ? item : {})
        .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          operationId: isNode(op) && typeof op.operationId === 'string' ? op.operationId : undefined,
        })),
    );

  const templateOf = (method: string, path: string): string | undefined => {
    const candidates = operations()
      .filter((op) => op.method === method.toUpperCase())
      .map((op) => ({ op, score: segmentsMatch(op.path, path) }))
      .filter((c): c is { op: OpenApiOperation; score: number } => c.score !== undefined)
      .sort((a, b) => b.score - a.score);
    return candidates[0]?.op.path;
  };

  const resolveResponse = (node: unknown): SchemaNode | undefined => {
    if (!isNode(node)) return undefined;
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    const name = ref.replace(/^#\/components\/responses\//, '');
    const responses = isNode(components.responses) ? components.responses : {};
    return resolveResponse(responses[name]);
  };

  const schemaFor = (method: string, template: string, status: number) => {
    const key = `${method} ${template} ${status}`;
    const cached = compiled.get(key);
    if (cached) return cached;
    const op = (paths[template] as SchemaNode | undefined)?.[method.toLowerCase()];
    if (!isNode(op)) throw new Error(`the description has no operation ${method} ${template}`);
    const responses = isNode(op.responses) ? op.responses : {};
    const response = resolveResponse(
      responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default,
    );
    if (!response) throw new Error(`${method} ${template} declares no ${status} response`);
    const content = isNode(response.content) ? response.content : {};
    const media = Object.entries(content).find(([type]) => type.includes('json'))?.[1];
    if (!isNode(media) || media.schema === undefined)
      throw new Error(`${method} ${template} ${status} has no JSON schema`);
    const schema = openApiToJsonSchema(media.schema, baseId);
    const entry = { schema, validate: ajv.compile(schema as SchemaNode) };
    compiled.set(key, entry);
    return entry;
  };

  return {
    operations,
    templateOf,
    validateResponse(method, pathTemplate, status, body) {
      const template = paths[pathTemplate] ? pathTemplate : templateOf(method, pathTemplate);
      if (!template) return [`no operation ${method} ${pathTemplate} in the description`];
      const { schema, validate } = schemaFor(method.toUpperCase(), template, status);
      const errors =
        validate(body) === true
          ? []
          : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      const undeclared = findUndeclared(ajv, schema, body).map((pointer) => `${pointer} is not in the description`);
      return [...errors, ...undeclared];
    },
  };
}
