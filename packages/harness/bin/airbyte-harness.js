#!/usr/bin/env node
// Launches the built CLI (dist/cli.js). This file exists before the first build, so that
// `npm install` links the `airbyte-harness` bin (npm skips bins whose file is missing).
const main = new URL('../dist/cli.js', import.meta.url);
try {
  await import(main.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(main.pathname)) {
    process.stderr.write('airbyte-harness: not built yet; run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
}
