import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateConfigTypes } from '../scripts/generate-config.mjs';

describe('src/generated/config.ts', () => {
  it('is what scripts/generate-config.mjs makes of the spec (run `npm run generate:config` when it is not)', async () => {
    const committed = await readFile(new URL('../src/generated/config.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generateConfigTypes());
  });
});
