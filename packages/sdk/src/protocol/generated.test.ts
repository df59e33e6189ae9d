import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateProtocolTypes } from '../../scripts/generate-types.mjs';

describe('generated.ts', () => {
  it('matches what the protocol schema generates (run `npm run generate:types` when this fails)', async () => {
    const committed = await readFile(new URL('./generated.ts', import.meta.url), 'utf8');
    const fresh = await generateProtocolTypes();
    // A plain equality check: a diff of 400 lines is more useful than a boolean.
    expect(committed).toBe(fresh);
  });
});
