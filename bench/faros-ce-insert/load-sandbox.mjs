// Finds the local Faros CE's storage, GraphQL engine and server: from the built package when its public
// index exports them, otherwise bundled from the sandbox's sources with esbuild (the bundler tsup uses).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, '..', '..', 'packages', 'sandbox', 'src', 'faros-ce');

export async function loadSandbox() {
  try {
    const built = await import('@faros-ce/sandbox');
    const needed = ['openFarosCeDatabase', 'createGraphqlEngine', 'startFarosCe'];
    if (needed.every((name) => typeof built[name] === 'function')) {
      return { ...built, source: 'packages/sandbox/dist' };
    }
  } catch {
    // Not built: use the sources.
  }
  const { build } = await import('esbuild');
  const outdir = join(here, 'data', 'build');
  await build({
    entryPoints: {
      storage: join(sources, 'storage', 'index.ts'),
      graphql: join(sources, 'graphql', 'index.ts'),
      server: join(sources, 'server', 'index.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  const storage = await import(pathToFileURL(join(outdir, 'storage.js')).href);
  const graphql = await import(pathToFileURL(join(outdir, 'graphql.js')).href);
  const server = await import(pathToFileURL(join(outdir, 'server.js')).href);
  return {
    openFarosCeDatabase: storage.openFarosCeDatabase,
    createGraphqlEngine: graphql.createGraphqlEngine,
    startFarosCe: server.startFarosCe,
    source: 'packages/sandbox/src (bundled by the benchmark)',
  };
}
