import { describe, expect, it } from 'vitest';
import type { ConnectorSpecification } from '../protocol/generated.js';
import { isSecretLikeName } from './secret-like-name.js';
import { lintSpec } from './spec-lints.js';

const credentials = {
  type: 'object',
  title: 'Authentication',
  display_type: 'radio',
  order: 1,
  oneOf: [
    {
      title: 'Token',
      properties: { auth_type: { type: 'string', const: 'token' }, token: { type: 'string', airbyte_secret: true } },
    },
    {
      title: 'App',
      properties: {
        auth_type: { type: 'string', const: 'app' },
        app_id: { type: 'string', airbyte_secret: true },
        private_key: { type: 'string', airbyte_secret: true, multiline: true },
      },
    },
  ],
};

function spec(properties: Record<string, unknown>, extra: Record<string, unknown> = {}): ConnectorSpecification {
  return { connectionSpecification: { type: 'object', properties, ...extra } };
}

const good = spec(
  {
    url: { type: 'string', format: 'uri', order: 0, group: 'connection' },
    credentials: { ...credentials, group: 'connection' },
    page_size: { type: ['integer', 'null'], order: 0, group: 'tuning', default: 100 },
    mode: { type: 'string', enum: ['fast', 'slow'], order: 1, group: 'tuning' },
    verify_tls: { type: 'boolean', order: 2 },
    token_url: { type: 'string', order: 3 },
    project_key: { type: 'string', order: 4 },
    settings: { type: 'object', order: 5, additionalProperties: true, properties: { not: { type: 'string' } } },
  },
  { required: ['url'] },
);

function rules(s: ConnectorSpecification, config?: unknown): string[] {
  return lintSpec(s, config === undefined ? {} : { config }).map((f) => f.rule);
}

describe('lintSpec', () => {
  it('finds nothing wrong in a well-formed spec, nor in a config that matches it', () => {
    expect(
      lintSpec(good, {
        config: { url: 'https://x.example', _internal: 1, credentials: { auth_type: 'token', token: 't' } },
      }),
    ).toEqual([]);
  });

  it('reports a config that does not match, naming the field', () => {
    const failures = lintSpec(good, { config: { url: 5 } });
    expect(failures).toEqual([expect.objectContaining({ rule: 'config-does-not-match-spec', path: 'url' })]);
  });

  it('reports a spec that is not a valid draft-7 schema', () => {
    expect(rules(spec({ a: { type: 'strange' } }))).toEqual(['spec-invalid-schema']);
  });

  it('reports enums that list a value twice', () => {
    // Draft 7 itself wants distinct enum values, so the schema check reports it too.
    const failures = lintSpec(spec({ mode: { type: 'string', enum: ['a', 'b', 'a'] } }));
    expect(failures.map((f) => [f.rule, f.path])).toEqual([
      ['spec-invalid-schema', '(root)'],
      ['enum-distinct', 'properties.mode'],
    ]);
  });

  it('reports each broken oneOf rule', () => {
    const option = (c: unknown, extra: Record<string, unknown> = {}) => ({
      properties: { kind: { type: 'string', const: c, ...extra }, other: { type: 'string' } },
    });
    expect(rules(spec({ c: { oneOf: [option('a'), option('b')] } }))).toEqual(['oneof-parent']);
    expect(rules(spec({ c: { type: 'object', oneOf: [option('a'), { title: 'none' }] } }))).toEqual([
      'oneof-option-properties',
    ]);
    expect(
      rules(spec({ c: { type: 'object', oneOf: [{ properties: { a: {} } }, { properties: { b: {} } }] } })),
    ).toEqual(['oneof-shared-property']);
    const noConst = { properties: { kind: { type: 'string' } } };
    expect(rules(spec({ c: { type: 'object', oneOf: [noConst, noConst] } }))).toEqual(['oneof-discriminator']);
    expect(rules(spec({ c: { type: 'object', oneOf: [option('a'), option('a')] } }))).toEqual(['oneof-discriminator']);
    expect(rules(spec({ c: { type: 'object', oneOf: [option('a', { default: 'b' }), option('b')] } }))).toEqual([
      'oneof-discriminator',
    ]);
  });

  it('reports secret-like fields not marked airbyte_secret, and secrets on fields that cannot hold one', () => {
    const failures = lintSpec(
      spec({
        api_key: { type: 'string' },
        clientSecret: { type: ['string', 'null'] },
        has_password: { type: 'boolean', airbyte_secret: true },
        token: { type: 'string', airbyte_secret: true },
      }),
    );
    expect(failures.map((f) => [f.rule, f.path])).toEqual([
      ['secret-not-marked', 'properties.api_key'],
      ['secret-not-marked', 'properties.clientSecret'],
      ['secret-not-storable', 'properties.has_password'],
    ]);
    expect(lintSpec(spec({ workspace_key: { type: 'string' } }), { nonSecretFields: ['workspace_key'] })).toEqual([]);
  });

  it('reports type lists other than [X] and [X, "null"]', () => {
    expect(
      rules(spec({ a: { type: ['null', 'string'] }, b: { type: ['string', 'integer'] }, c: { type: ['string'] } })),
    ).toEqual(['property-type-list', 'property-type-list']);
  });

  it('reports forbidden keywords but not properties that happen to share their names', () => {
    const failures = lintSpec(
      spec({ a: { allOf: [{ type: 'string' }] }, b: { type: 'string', not: { const: 'x' } }, if: { type: 'string' } }),
    );
    expect(failures.map((f) => [f.rule, f.path])).toEqual([
      ['forbidden-keyword', 'properties.a'],
      ['forbidden-keyword', 'properties.b'],
    ]);
  });

  it('reports a duplicate order within one object and group, not across groups', () => {
    const failures = lintSpec(
      spec({
        a: { type: 'string', order: 1 },
        b: { type: 'string', order: 1 },
        c: { type: 'string', order: 1, group: 'g' },
      }),
    );
    expect(failures).toEqual([
      expect.objectContaining({ rule: 'duplicate-order', path: '(root)', message: 'a and b share "order": 1' }),
    ]);
  });

  it('reports a group below the top level', () => {
    const failures = lintSpec(spec({ a: { type: 'object', properties: { b: { type: 'string', group: 'g' } } } }));
    expect(failures).toEqual([expect.objectContaining({ rule: 'nested-group', path: 'properties.a.properties.b' })]);
  });

  it('reports display_type away from a oneOf or with an unknown value', () => {
    expect(rules(spec({ a: { type: 'string', display_type: 'dropdown' } }))).toEqual(['display-type']);
    expect(rules(spec({ credentials: { ...credentials, display_type: 'tabs' } }))).toEqual(['display-type']);
  });

  it('reports $ref and additionalProperties other than true', () => {
    const failures = lintSpec(
      spec(
        {
          a: { $ref: '#/definitions/a' },
          b: { type: 'object', additionalProperties: false, properties: { c: { type: 'string' } } },
        },
        { definitions: { a: { type: 'string' } } },
      ),
    );
    expect(failures.map((f) => [f.rule, f.path])).toEqual([
      ['unresolved-ref', 'properties.a'],
      ['additional-properties', 'properties.b'],
    ]);
  });
});

describe('isSecretLikeName', () => {
  it('matches credential names by their ending, in snake or camel case', () => {
    for (const name of [
      'token',
      'api_key',
      'apiKey',
      'personal_access_token',
      'client_secret',
      'password',
      'tenant_id',
      'service_account_info',
      'credentials',
      'jwt',
    ]) {
      expect(isSecretLikeName(name), name).toBe(true);
    }
    for (const name of ['token_url', 'key_format', 'primary_key', 'project_key', 'username', 'keys', 'monkey']) {
      expect(isSecretLikeName(name), name).toBe(false);
    }
  });
});
