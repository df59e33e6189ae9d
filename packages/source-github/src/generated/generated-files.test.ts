import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateConfigTypes } from '../../scripts/generate-config.mjs';
import { REFERENCE_DIR, STREAMS, schemaOf } from '../../scripts/generate-schemas.mjs';
import { STREAM_SCHEMAS } from '../schemas/stream-schemas.js';

describe('generated files', () => {
  it('config.ts is what scripts/generate-config.mjs makes of the spec', async () => {
    const committed = await readFile(fileURLToPath(new URL('./config.ts', import.meta.url)), 'utf8');
    expect(committed).toBe(await generateConfigTypes());
  });

  it('every stream has a schema, and every schema a stream', () => {
    expect(Object.keys(STREAM_SCHEMAS).sort()).toEqual([...STREAMS].sort());
  });

  const haveReference = existsSync(REFERENCE_DIR);
  if (!haveReference) console.warn(`skipping the schema staleness check: ${REFERENCE_DIR} is absent`);
  it.skipIf(!haveReference)('the stream schemas are what scripts/generate-schemas.mjs makes', () => {
    for (const stream of STREAMS) expect(STREAM_SCHEMAS[stream], stream).toEqual(schemaOf(stream));
  });
});
