import { describe, expect, it } from 'vitest';
import { checkConnectorConfig } from './check-connector-config.js';
import { loadConnection } from './connection.js';
import { ConnectionFileError } from './connection-error.js';

const spec = {
  connectionSpecification: {
    type: 'object',
    required: ['server_url'],
    properties: {
      server_url: { type: 'string' },
      page_size: { type: 'integer', minimum: 1 },
      token: { type: 'string', airbyte_secret: true },
    },
  },
};

const text = (config: string): string =>
  `name: ci\nsource:\n  connector: jenkins\n  config:\n${config}destination:\n  connector: faros\n`;

function problem(config: string): ConnectionFileError {
  try {
    checkConnectorConfig(loadConnection(text(config), { env: {} }), 'source', spec);
  } catch (error) {
    if (error instanceof ConnectionFileError) return error;
    throw error;
  }
  throw new Error('the config passed');
}

describe('checkConnectorConfig', () => {
  it("points at the field that breaks the connector's spec, naming the rule", () => {
    const error = problem('    server_url: https://ci\n    page_size: 0\n    token: s3cret-value\n');
    expect(error.position.line).toBe(6);
    expect(error.field).toBe('source.config.page_size');
    expect(error.rule).toMatch(/must be >= 1 \(rule minimum of jenkins's spec\)/);
    expect(error.message).not.toContain('s3cret-value');
  });

  it('points a missing required field at its parent', () => {
    const error = problem('    page_size: 2\n');
    expect(error.field).toBe('source.config.server_url');
    expect(error.rule).toMatch(/^is required \(rule required/);
    expect(error.position.line).toBe(5);
  });

  it('accepts a config that follows the spec', () => {
    const connection = loadConnection(text('    server_url: https://ci\n'), { env: {} });
    expect(() => checkConnectorConfig(connection, 'source', spec)).not.toThrow();
  });
});
