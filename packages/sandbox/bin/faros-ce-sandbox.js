#!/usr/bin/env node
// Launches the built CLI (dist/cli.js). This file exists before the first build, so that `npm install`
// links the `faros-ce-sandbox` bin (npm skips bins whose file is missing).
const cli = new URL('../dist/cli.js', import.meta.url);
try {
  await import(cli.href);
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(cli.pathname)) {
    process.stderr.write('faros-ce-sandbox: not built yet; run `npm run build` first\n');
    process.exit(1);
  }
  throw error;
}
