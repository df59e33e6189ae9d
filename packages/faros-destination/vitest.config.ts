import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^@faros-ce\/faros-destination$/, replacement: src('index.ts') }] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI runs every package's suite at once on two cores: end-to-end tests (child processes, sandbox,
    // PGlite) can take several times their solo time there. Timeouts only catch hangs; nothing asserts time.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
