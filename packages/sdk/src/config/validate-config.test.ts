import { describe, expect, it } from 'vitest';
import { AirbyteError } from '../errors/airbyte-error.js';
import type { JsonSchema } from './json-schema.js';
import { configProblems, validateConfig } from './validate-config.js';

const spec: JsonSchema = {
  type: 'object',
  required: ['api_token', 'url'],
  properties: {
    api_token: { type: 'string', airbyte_secret: true },
    url: { type: 'string', format: 'uri' },
    page_size: { type: 'integer', minimum: 0, maximum: 100, default: 0 },
    verbose: { type: 'boolean', default: false },
    start_date: { type: 'string', format: 'date-time' },
    mode: { type: 'string', enum: ['fast', 'safe'], default: 'safe' },
    nested: {
      type: 'object',
      properties: { retries: { type: 'integer', default: 0 }, enabled: { type: 'boolean', default: true } },
      default: {},
    },
  },
};

describe('validateConfig', () => {
  it('applies every default, false and 0 included, without touching the input', () => {
    const input = { api_token: 'tok', url: 'https://x.example' };
    const config = validateConfig<Record<string, unknown>>(spec, input);
    expect(config.verbose).toBe(false);
    expect(config.page_size).toBe(0);
    expect(config.mode).toBe('safe');
    expect(config.nested).toEqual({ retries: 0, enabled: true });
    expect(input).toEqual({ api_token: 'tok', url: 'https://x.example' });
  });

  it('names a missing required field and the rule', () => {
    const { problems } = configProblems(spec, { url: 'https://x.example' });
    expect(problems).toContainEqual({ field: 'api_token', rule: 'required', message: 'is required' });
  });

  it('names a wrong type, a bad format and a bound, all at once', () => {
    try {
      validateConfig(spec, { api_token: 'tok', url: 'not a url', page_size: 500, start_date: 'yesterday' });
      expect.unreachable();
    } catch (error) {
      expect(AirbyteError.is(error)).toBe(true);
      const e = error as AirbyteError;
      expect(e.failureType).toBe('config_error');
      expect(e.message).toContain('url must match format "uri" (rule: format)');
      expect(e.message).toContain('page_size must be <= 100 (rule: maximum)');
      expect(e.message).toContain('start_date must match format "date-time" (rule: format)');
    }
  });

  it('lists the allowed values of an enum', () => {
    const { problems } = configProblems(spec, { api_token: 't', url: 'https://x', mode: 'reckless' });
    expect(problems).toEqual([{ field: 'mode', rule: 'enum', message: 'must be one of "fast", "safe"' }]);
  });

  it('never quotes the value of a field, so a misplaced secret stays hidden', () => {
    const { problems } = configProblems(spec, { api_token: 't', url: 'https://x', mode: 'ghp_SECRET_VALUE' });
    expect(JSON.stringify(problems)).not.toContain('ghp_SECRET_VALUE');
  });

  it('rejects a config that is not an object', () => {
    expect(configProblems(spec, ['a']).problems).toEqual([
      { field: 'config', rule: 'type', message: 'must be a JSON object' },
    ]);
  });
});
