import type { RequestHandler } from '../service/faulting-handler.js';
import type { RateLimitStyle } from '../service/rate-limit-answer.js';
import type { World } from '../world/index.js';
import type { SandboxServiceName, ServiceConnection } from './connection-info.js';

/** What a service gets when the sandbox starts it. */
export interface SandboxServiceContext {
  /** The world every service of the sandbox shares. */
  readonly world: World;
  /** The sandbox seed. */
  readonly seed: number;
  /** A directory for this service's persistent files, when the sandbox has a data directory. */
  readonly dataDir: string | undefined;
  /** A Postgres URL to store into instead of files, when given (Faros CE). */
  readonly postgresUrl: string | undefined;
  /** Faros CE's admin secret, when the caller chose one. */
  readonly adminSecret: string | undefined;
  /** A random credential, the same for the same label within one sandbox. */
  credential(label: string): string;
}

/** A started service implementation, before the sandbox wraps it (see `startService`). */
export interface SandboxServiceImplementation<N extends SandboxServiceName> {
  /** The service's HTTP handler. */
  readonly handler: RequestHandler;
  /** The endpoint a request is counted under (path templates); default `METHOD pathname`. */
  readonly routeOf?: (method: string, pathname: string) => string;
  /** The connection details of the service once it listens at `url`. */
  connection(url: string): ServiceConnection<N>;
  /** Frees what the implementation holds (databases, timers), after its server has closed. */
  close(): Promise<void>;
}

/**
 * One kind of service the sandbox can run. Adding a simulator means writing one of these and listing it
 * in `SANDBOX_SERVICES`.
 */
export interface SandboxServiceDefinition<N extends SandboxServiceName> {
  readonly name: N;
  /** How the service's `rate-limited` profile answers, after the real service. */
  readonly rateLimitStyle: RateLimitStyle;
  /** Builds the service's handler (the sandbox listens and wraps it). */
  start(context: SandboxServiceContext): Promise<SandboxServiceImplementation<N>>;
}

/** A definition of any service. */
export type AnySandboxServiceDefinition = {
  [N in SandboxServiceName]: SandboxServiceDefinition<N>;
}[SandboxServiceName];
