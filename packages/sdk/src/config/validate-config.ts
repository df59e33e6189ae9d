import { Ajv, type ErrorObject } from 'ajv';
import { configError } from '../errors/airbyte-error.js';
import { addFormats } from './add-formats.js';
import type { JsonSchema } from './json-schema.js';

/** One problem found in a config: where, and which rule it breaks. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `credentials.token`; `config` for the root. */
  field: string;
  /** The JSON-schema keyword that failed, e.g. `required`, `format`, `minimum`. */
  rule: string;
  /** What the rule asks for, in words. */
  message: string;
}

/**
 * Validates a config against the spec's `connectionSpecification`, filling in every `default`
 * (false and 0 included) on a copy. Returns the config with defaults, or throws a `config_error`
 * whose message names each wrong field and its rule. Values are never quoted in the message, so
 * a secret typed into the wrong field stays hidden.
 */
export function validateConfig<C = Record<string, unknown>>(connectionSpecification: JsonSchema, config: unknown): C {
  const problems = configProblems(connectionSpecification, config);
  if (problems.problems.length > 0) {
    const list = problems.problems.map((p) => `${p.field} ${p.message} (rule: ${p.rule})`).join('; ');
    throw configError(`The config is invalid: ${list}`);
  }
  return problems.config as C;
}

/** Like {@link validateConfig}, but returns the problems (and the config with defaults) instead of throwing. */
export function configProblems(
  connectionSpecification: JsonSchema,
  config: unknown,
): { config: unknown; problems: ConfigProblem[] } {
  const copy: unknown = config === undefined ? undefined : structuredClone(config);
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) {
    return { config: copy, problems: [{ field: 'config', rule: 'type', message: 'must be a JSON object' }] };
  }
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes: false });
  addFormats(ajv);
  let validate: ReturnType<Ajv['compile']>;
  try {
    validate = ajv.compile(connectionSpecification);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      config: copy,
      problems: [{ field: 'spec', rule: 'schema', message: `is not a valid JSON schema: ${detail}` }],
    };
  }
  if (validate(copy)) return { config: copy, problems: [] };
  return { config: copy, problems: dedupe((validate.errors ?? []).filter(relevant).map(toProblem)) };
}

// Inside a oneOf, every option's failures are reported too; keep the oneOf summary and the
// failures of options that share the discriminating const, which is what users need.
function relevant(error: ErrorObject): boolean {
  return error.keyword !== 'if';
}

function toProblem(error: ErrorObject): ConfigProblem {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  let field = ['config', ...segments].join('.');
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    field = `${field}.${String(error.params.missingProperty)}`;
    message = 'is required';
  } else if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    message = `must be one of ${allowed}`;
  } else if (error.keyword === 'additionalProperties') {
    field = `${field}.${String(error.params.additionalProperty)}`;
    message = 'is not allowed here';
  } else if (error.keyword === 'oneOf') {
    message = 'must match exactly one of the options';
  }
  return { field: field.replace(/^config\./, ''), rule: error.keyword, message };
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.rule}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
