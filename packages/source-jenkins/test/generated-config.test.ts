import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateConfigType } from '../scripts/generate-config.mjs';

describe('src/generated/config.ts', () => {
  it('is what scripts/generate-config.mjs makes of src/spec.ts (run npm run generate:config)', async () => {
    const current = await readFile(new URL('../src/generated/config.ts', import.meta.url), 'utf8');
    expect(current).toBe(await generateConfigType());
  });
});
