import { readFileSync } from 'node:fs';
import { findUndeclared } from './find-undeclared.js';
import { createFidelityAjv } from './openapi-validator.js';

/** Validates bodies against the definitions of one JSON Schema file, objects closed. */
export interface JsonSchemaValidator {
  /** The names under `definitions`. */
  definitions(): string[];
  /** The problems of `body` against `definitions[name]`: violations and undeclared properties. */
  validate(name: string, body: unknown): string[];
}

/** Loads a draft-07 JSON Schema with `definitions` (e.g. the Jenkins JSON API schema). */
export function loadJsonSchemaValidator(schemaPath: string): JsonSchemaValidator {
  const raw = JSON.parse(readFileSync(schemaPath, 'utf8')) as { definitions?: Record<string, unknown> };
  const id = `schema:${schemaPath}`;
  const ajv = createFidelityAjv();
  // Local `#/definitions/X` references must resolve against this file's id.
  const { $schema: _draft, ...absolute } = JSON.parse(
    JSON.stringify(raw).replaceAll('"#/definitions/', `"${id}#/definitions/`),
  ) as Record<string, unknown>;
  ajv.addSchema({ ...absolute, $id: id });
  return {
    definitions: () => Object.keys(raw.definitions ?? {}),
    validate(name, body) {
      const ref = { $ref: `${id}#/definitions/${name}` };
      const validate = ajv.compile(ref);
      const errors =
        validate(body) === true
          ? []
          : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
      return [...errors, ...findUndeclared(ajv, ref, body).map((p) => `${p} is not in the schema`)];
    },
  };
}
