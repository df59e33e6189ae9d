import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * ajv-formats' plugin. The package is CommonJS with a default export, which ESM interop may hand
 * over wrapped in `default`; this unwraps it once for every caller.
 */
export const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;
