import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphqlEngine, type SqlDatabase } from '../graphql/index.js';
import { openFarosCeDatabase } from '../storage/index.js';
import { createFarosCeHandler } from './create-faros-ce-handler.js';

/** Where and how {@link startFarosCe} runs. */
export interface StartFarosCeOptions {
  /** A database to serve; when absent one is opened (PGlite in `dataDir`, or in memory) and closed on `close()`. */
  readonly db?: SqlDatabase;
  /** Directory of a persistent PGlite database, when `db` is absent. */
  readonly dataDir?: string;
  /** The admin secret clients must send. */
  readonly adminSecret: string;
  /** Port to listen on; a free one when absent. */
  readonly port?: number;
  /** Interface to listen on; `127.0.0.1` by default. */
  readonly host?: string;
}

/** A running local Faros CE. */
export interface RunningFarosCe {
  /** Base URL (`http://127.0.0.1:<port>`): GraphQL at `url + '/v1/graphql'`. */
  readonly url: string;
  readonly adminSecret: string;
  /** Stops the server (and closes the database if it opened it). */
  close(): Promise<void>;
}

/** Starts the local Faros CE on its own HTTP server; resolves once the schema is built and the port is open. */
export async function startFarosCe(options: StartFarosCeOptions): Promise<RunningFarosCe> {
  const host = options.host ?? '127.0.0.1';
  const owned = options.db === undefined ? await openFarosCeDatabase({ dataDir: options.dataDir }) : undefined;
  const db: SqlDatabase = options.db ?? (owned as SqlDatabase);
  try {
    const engine = await createGraphqlEngine(db);
    const server = createServer(createFarosCeHandler({ db, adminSecret: options.adminSecret, engine }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${urlHost}:${port}`,
      adminSecret: options.adminSecret,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await owned?.close();
      },
    };
  } catch (error) {
    await owned?.close();
    throw error;
  }
}
