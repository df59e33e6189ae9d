import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type RunningService, startService } from '../service/start-service.js';
import { createWorld, type World, type WorldScale } from '../world/index.js';
import {
  type ConnectionInfo,
  SANDBOX_SERVICE_NAMES,
  type SandboxServiceName,
  type ServiceConnection,
} from './connection-info.js';
import { checkSandboxFaults, faultsFor, type SandboxFaults } from './sandbox-faults.js';
import type {
  AnySandboxServiceDefinition,
  SandboxServiceContext,
  SandboxServiceImplementation,
} from './sandbox-service-definition.js';
import { SANDBOX_SERVICES } from './sandbox-services.js';

/** How to start a sandbox: see {@link startSandbox}. */
export interface SandboxOptions {
  /** Seed of the world and of the fault model (default 1). */
  readonly seed?: number;
  /** Size of the world (default `small`). */
  readonly scale?: WorldScale;
  /** Fault profiles: one for all services or one per service (default `none`). */
  readonly faults?: SandboxFaults;
  /** Where services persist their files, each in a subdirectory named after it (default: in memory). */
  readonly dataDir?: string;
  /** A Postgres URL for Faros CE's storage instead of PGlite. */
  readonly postgresUrl?: string;
  /** Faros CE's admin secret (default: a random one, see `connectionInfo()`). */
  readonly adminSecret?: string;
  /**
   * The services' credentials by label, as {@link Sandbox.credentials} gave them at an earlier start, so
   * a restarted sandbox accepts the same tokens (default: random ones).
   */
  readonly credentials?: Readonly<Record<string, string>>;
  /** The services to start (default: every registered one). */
  readonly services?: readonly SandboxServiceName[];
  /** Interface the services listen on (default `127.0.0.1`); each gets a free port. */
  readonly host?: string;
  /**
   * Fixed ports for some services (others get a free port). A restarted sandbox keeps its URLs, which
   * matters where a URL is part of the data (Jenkins' host is in its builds' keys in Faros).
   */
  readonly ports?: { readonly [N in SandboxServiceName]?: number };
  /** The services available (default {@link SANDBOX_SERVICES}); for testing a simulator before it is registered. */
  readonly registry?: readonly AnySandboxServiceDefinition[];
}

/** A running sandbox. */
export interface Sandbox {
  /** The world all services share; `world.advance(n)` moves every service's data on. */
  readonly world: World;
  readonly seed: number;
  /** Faros CE's URL and admin secret. Throws when Faros CE isn't running in this sandbox. */
  readonly farosCe: ServiceConnection<'farosCe'>;
  /** The running services (stats, fault switches), by name. */
  readonly services: { readonly [N in SandboxServiceName]?: RunningService };
  /** A running service by name; throws when it isn't running. */
  service(name: SandboxServiceName): RunningService;
  /** URLs and credentials of the running services (what `faros-ce-sandbox up` prints). */
  connectionInfo(): ConnectionInfo;
  /** The services' credentials by label, to start the sandbox again with the same ones (`credentials`). */
  credentials(): Readonly<Record<string, string>>;
  /** Stops every service and frees their storage. Calling it again returns the same promise. */
  close(): Promise<void>;
}

interface Started {
  readonly name: SandboxServiceName;
  readonly implementation: SandboxServiceImplementation<SandboxServiceName>;
  readonly running: RunningService;
}

function selectDefinitions(options: SandboxOptions): AnySandboxServiceDefinition[] {
  const registry = options.registry ?? SANDBOX_SERVICES;
  const wanted = options.services ?? registry.map((definition) => definition.name);
  for (const name of wanted) {
    if (!registry.some((definition) => definition.name === name)) {
      const available = registry.map((definition) => definition.name).join(', ') || 'none';
      throw new Error(`unknown sandbox service "${name}" (available: ${available})`);
    }
  }
  return registry.filter((definition) => wanted.includes(definition.name));
}

async function startOne(
  definition: AnySandboxServiceDefinition,
  context: SandboxServiceContext,
  options: SandboxOptions,
): Promise<Started> {
  const implementation: SandboxServiceImplementation<SandboxServiceName> = await definition.start(context);
  try {
    const running = await startService({
      name: definition.name,
      handler: implementation.handler,
      seed: context.seed,
      faults: faultsFor(options.faults, definition.name),
      host: options.host ?? '127.0.0.1',
      port: options.ports?.[definition.name],
      world: context.world,
      routeOf: implementation.routeOf,
      rateLimitStyle: definition.rateLimitStyle,
    });
    return { name: definition.name, implementation, running };
  } catch (error) {
    await implementation.close();
    throw error;
  }
}

async function stopAll(started: readonly Started[]): Promise<void> {
  const outcomes = await Promise.allSettled(
    started.map(async ({ running, implementation }) => {
      try {
        await running.close();
      } finally {
        await implementation.close();
      }
    }),
  );
  const errors = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  if (errors.length > 0) throw new AggregateError(errors, `closing the sandbox failed: ${String(errors[0])}`);
}

/**
 * Builds the world and starts every selected service on a free port of 127.0.0.1, each wrapped with
 * counters, its fault profile and the `/_sandbox/` routes. If one fails to start, the others are closed
 * and the error is thrown.
 *
 * @example
 * const sandbox = await startSandbox({ seed: 7, faults: { farosCe: 'flaky' } });
 * const { url, adminSecret } = sandbox.farosCe;
 * // ... run a sync against url + '/v1/graphql' ...
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`the sandbox seed must be a non-negative integer, got ${seed}`);
  const definitions = selectDefinitions(options);
  checkSandboxFaults(
    options.faults,
    definitions.map((definition) => definition.name),
  );
  const world = await createWorld({ seed, scale: options.scale ?? 'small' });
  const credentials = new Map<string, string>(Object.entries(options.credentials ?? {}));
  const credential = (label: string): string => {
    const known = credentials.get(label);
    if (known !== undefined) return known;
    const fresh = randomBytes(16).toString('hex');
    credentials.set(label, fresh);
    return fresh;
  };
  const contextOf = (name: SandboxServiceName): SandboxServiceContext => ({
    world,
    seed,
    dataDir: options.dataDir === undefined ? undefined : join(options.dataDir, name),
    postgresUrl: options.postgresUrl,
    adminSecret: options.adminSecret,
    credential,
  });

  const outcomes = await Promise.allSettled(definitions.map((d) => startOne(d, contextOf(d.name), options)));
  const started = outcomes
    .flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []))
    .sort((a, b) => SANDBOX_SERVICE_NAMES.indexOf(a.name) - SANDBOX_SERVICE_NAMES.indexOf(b.name));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure !== undefined) {
    await stopAll(started).catch(() => {});
    throw failure.reason;
  }

  const services = Object.fromEntries(started.map(({ name, running }) => [name, running]));
  const service = (name: SandboxServiceName): RunningService => {
    const running = services[name];
    if (running === undefined) {
      throw new Error(`${name} isn't running in this sandbox (running: ${Object.keys(services).join(', ') || 'none'})`);
    }
    return running;
  };
  const connectionInfo = (): ConnectionInfo => {
    const info: Record<string, unknown> = {};
    for (const { name, implementation, running } of started) info[name] = implementation.connection(running.url);
    return info as ConnectionInfo;
  };
  let closing: Promise<void> | undefined;
  return {
    world,
    seed,
    get farosCe(): ServiceConnection<'farosCe'> {
      service('farosCe');
      return connectionInfo().farosCe as ServiceConnection<'farosCe'>;
    },
    services,
    service,
    connectionInfo,
    credentials: () => Object.fromEntries(credentials),
    close: () => {
      closing ??= stopAll(started);
      return closing;
    },
  };
}
