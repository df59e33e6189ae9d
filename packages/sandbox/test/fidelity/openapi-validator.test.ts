import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadJsonSchemaValidator } from './json-schema-validator.js';
import { loadOpenApiValidator } from './openapi-validator.js';

const specFile = (spec: object): string => {
  const path = join(tmpdir(), `openapi-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(spec));
  return path;
};

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const spec = {
  openapi: '3.0.3',
  paths: {
    '/things/{id}': {
      get: {
        responses: {
          '200': json({ $ref: '#/components/schemas/thing' }),
          '404': { $ref: '#/components/responses/not_found' },
        },
      },
    },
    '/things/special': { get: { responses: { '200': json({ type: 'array', items: { type: 'string' } }) } } },
  },
  components: {
    responses: { not_found: json({ type: 'object', properties: { message: { type: 'string' } } }) },
    schemas: {
      base: { type: 'object', properties: { id: { type: 'integer', format: 'int64' } }, required: ['id'] },
      thing: {
        allOf: [
          { $ref: '#/components/schemas/base' },
          {
            type: 'object',
            properties: {
              state: { type: 'string', enum: ['open', 'closed'], nullable: true },
              owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/base' }] },
              at: { type: 'string', format: 'date-time' },
              labels: {
                type: 'array',
                items: { oneOf: [{ type: 'string' }, { type: 'object', properties: { name: { type: 'string' } } }] },
              },
              meta: {
                type: 'object',
                additionalProperties: { type: 'object', properties: { n: { type: 'integer' } } },
              },
              free: { type: 'object' },
            },
          },
        ],
      },
    },
  },
};

describe('loadOpenApiValidator', () => {
  const validator = loadOpenApiValidator(specFile(spec));

  it('accepts a body that matches, with nullable enums and nullable allOf', () => {
    const body = { id: 1, state: null, owner: null, at: '2025-06-02T09:00:00.000+0000', labels: ['a', { name: 'b' }] };
    expect(validator.validateResponse('GET', '/things/{id}', 200, body)).toEqual([]);
    expect(
      validator.validateResponse('GET', '/things/{id}', 200, { ...body, state: 'open', owner: { id: 2 } }),
    ).toEqual([]);
  });

  it('reports violations with their instance path', () => {
    const problems = validator.validateResponse('GET', '/things/{id}', 200, { state: 'merged', at: 'yesterday' });
    expect(problems.some((p) => p.includes("must have required property 'id'"))).toBe(true);
    expect(problems.some((p) => p.startsWith('/state'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/at'))).toBe(true);
  });

  it('reports properties the description lacks, nested ones and inside oneOf branches included', () => {
    const body = { id: 1, bogus: 1, owner: { id: 2, extra: true }, labels: [{ name: 'x', colour: 'red' }] };
    expect(validator.validateResponse('GET', '/things/{id}', 200, body)).toEqual([
      '/bogus is not in the description',
      '/owner/extra is not in the description',
      '/labels/0/colour is not in the description',
    ]);
  });

  it('checks additionalProperties schemas and leaves free-form objects open', () => {
    const body = { id: 1, meta: { a: { n: 1 }, b: { n: 2, z: 0 } }, free: { anything: [1, 2] } };
    expect(validator.validateResponse('GET', '/things/{id}', 200, body)).toEqual([
      '/meta/b/z is not in the description',
    ]);
  });

  it('resolves response references and concrete paths, literal segments first', () => {
    expect(validator.validateResponse('GET', '/things/7', 404, { message: 'Not Found' })).toEqual([]);
    expect(validator.templateOf('GET', '/things/special?x=1')).toBe('/things/special');
    expect(validator.templateOf('GET', '/things/7')).toBe('/things/{id}');
    expect(validator.validateResponse('GET', '/nothing', 200, {})).toEqual([
      'no operation GET /nothing in the description',
    ]);
    expect(validator.operations().map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /things/{id}',
      'GET /things/special',
    ]);
  });
});

describe('loadJsonSchemaValidator', () => {
  it('validates a definition with local references, objects closed where declared', () => {
    const path = specFile({
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: {
        ref: { type: 'object', properties: { number: { type: 'integer' } }, required: ['number'] },
        job: { type: 'object', properties: { name: { type: 'string' }, lastBuild: { $ref: '#/definitions/ref' } } },
      },
    });
    const validator = loadJsonSchemaValidator(path);
    expect(validator.definitions()).toEqual(['ref', 'job']);
    expect(validator.validate('job', { name: 'a', lastBuild: { number: 3 } })).toEqual([]);
    expect(validator.validate('job', { name: 'a', lastBuild: { number: 'x', url: 'u' } })).toEqual([
      '/lastBuild/number must be integer',
      '/lastBuild/url is not in the schema',
    ]);
  });
});

const shared = fileURLToPath(new URL('../../../../../shared/reference/', import.meta.url));
const hasShared = existsSync(shared);
if (!hasShared) console.warn(`skipping the official-description checks: ${shared} is missing (a user's clone)`);

describe.skipIf(!hasShared)('the official descriptions load', () => {
  it('GitHub: a tag body validates, an invented key does not', () => {
    const github = loadOpenApiValidator(join(shared, 'github/rest-api-subset.json'));
    const tag = {
      name: 'v1.0.0',
      commit: { sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc', url: 'https://api.github.com/repos/o/r/commits/c5b9' },
      zipball_url: 'https://github.com/o/r/zipball/v1.0.0',
      tarball_url: 'https://github.com/o/r/tarball/v1.0.0',
      node_id: 'MDQ6VXNlcjE=',
    };
    expect(github.validateResponse('GET', '/repos/o/r/tags', 200, [tag])).toEqual([]);
    expect(github.validateResponse('GET', '/repos/o/r/tags', 200, [{ ...tag, date: 'x' }])).toEqual([
      '/0/date is not in the description',
    ]);
  });

  it('Jira: the v3 and agile descriptions compile their search and board operations', () => {
    const jira = loadOpenApiValidator(join(shared, 'jira/jira-platform-v3.openapi.json'));
    expect(
      jira.validateResponse('GET', '/rest/api/3/search/jql', 200, { isLast: true, issues: [{ id: '10001' }] }),
    ).toEqual([]);
    expect(jira.validateResponse('GET', '/rest/api/3/search/jql', 200, { isLast: 'yes' })).not.toEqual([]);
    const agile = loadOpenApiValidator(join(shared, 'jira/jira-software-agile.openapi.json'));
    expect(agile.operations().length).toBeGreaterThan(50);
  });
});
