#!/usr/bin/env node
// Bundles a connector package with its production dependencies into `<package>/bundle/`: main.js
// (one ESM file, nothing external but Node's built-ins), run.sh (the image's entry point) and a
// package.json marking main.js as ESM. A connector's Dockerfile only COPYs that folder, so an image
// build needs no network and no npm. Usage: node scripts/bundle-connector.mjs packages/source-github
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const [packageDir] = process.argv.slice(2);
if (packageDir === undefined) {
  process.stderr.write('usage: node scripts/bundle-connector.mjs <package folder>\n');
  process.exit(2);
}
const root = resolve(packageDir);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outDir = join(root, 'bundle');
const started = performance.now();

await build({
  config: false,
  silent: true,
  entry: { main: join(root, 'src/main.ts') },
  tsconfig: join(root, 'tsconfig.json'),
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node24',
  clean: true,
  splitting: false,
  sourcemap: false,
  dts: false,
  // Every dependency goes into the one file; workspace packages resolve to their built dist/.
  noExternal: [/.*/],
  // CommonJS dependencies call require() for Node built-ins, which an ESM bundle lacks.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  env: { NODE_ENV: 'production' },
});

writeFileSync(
  join(outDir, 'package.json'),
  `${JSON.stringify({ name: manifest.name, version: manifest.version, private: true, type: 'module' }, null, 2)}\n`,
);
const entry = join(outDir, 'run.sh');
copyFileSync(fileURLToPath(new URL('./images/run-connector.sh', import.meta.url)), entry);
chmodSync(entry, 0o755);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`bundled ${manifest.name}@${manifest.version} into ${outDir} in ${seconds} s\n`);
