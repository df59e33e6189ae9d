import { fileURLToPath } from 'node:url';
import type { AirbyteCatalog, ConfiguredAirbyteCatalog } from '@faros-ce/sdk';
import { type CommandConnector, command, configuredCatalogFrom } from '@faros-ce/sdk/testing';
import { type ExampleServerOptions, startExampleServer } from '../../examples/http-source/server.ts';

export const TOKEN = 'tok-9f8e7d6c5b4a';

/** The example source as a child process: what the platform runs (needs `npm run build`). */
export function exampleSourceCommand(): CommandConnector {
  const main = fileURLToPath(new URL('../../examples/http-source/main.ts', import.meta.url));
  return command(process.execPath, [main]);
}

/** The example destination as a child process. */
export function exampleDestinationCommand(): CommandConnector {
  const main = fileURLToPath(new URL('../../examples/jsonl-destination/main.ts', import.meta.url));
  return command(process.execPath, [main]);
}

/** Starts the example API; the test closes it. */
export async function exampleApi(options: Partial<ExampleServerOptions> = {}) {
  const server = await startExampleServer({ token: TOKEN, employees: 60, notesPerDepartment: 10, ...options });
  return {
    server,
    config: { api_url: server.url, api_token: TOKEN, checkpoint_every: 20 } as Record<string, unknown>,
  };
}

/** The example's discovered catalog, configured incremental where possible. */
export function incrementalCatalog(catalog: AirbyteCatalog | undefined, streams?: string[]): ConfiguredAirbyteCatalog {
  if (!catalog) throw new Error('discover gave no catalog');
  return configuredCatalogFrom(catalog, { syncMode: 'incremental', fallbackToFullRefresh: true, streams });
}
