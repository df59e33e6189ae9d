import { createGraphqlEngine } from '../faros-ce/graphql/index.js';
import { createFarosCeHandler } from '../faros-ce/server/index.js';
import { openFarosCeDatabase } from '../faros-ce/storage/index.js';
import type { SandboxServiceDefinition } from './sandbox-service-definition.js';

/**
 * The local Faros CE as a sandbox service: a Hasura-compatible endpoint over PGlite (in memory, or in
 * `<dataDir>/farosCe`) or a Postgres URL. Its admin secret is the caller's or a random one.
 */
export const farosCeService: SandboxServiceDefinition<'farosCe'> = {
  name: 'farosCe',
  rateLimitStyle: 'generic',
  async start(context) {
    const adminSecret = context.adminSecret ?? context.credential('farosCe.adminSecret');
    const db = await openFarosCeDatabase({ dataDir: context.dataDir, postgresUrl: context.postgresUrl });
    try {
      // Built before listening, so the service is ready when the sandbox reports it.
      const engine = await createGraphqlEngine(db);
      const handler = createFarosCeHandler({ db, adminSecret, engine });
      return { handler, connection: (url) => ({ url, adminSecret }), close: () => db.close() };
    } catch (error) {
      await db.close();
      throw error;
    }
  },
};
