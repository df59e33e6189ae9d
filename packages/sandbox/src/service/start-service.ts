import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FaultSettings, type FaultSpec, resolveFaultSettings } from './fault-settings.js';
import { createFaultingHandler, type RequestHandler, type ServiceTimers } from './faulting-handler.js';
import type { RateLimitStyle, RateLimitTrip } from './rate-limit-answer.js';
import { RequestCounters, type ServiceStats } from './request-counters.js';
import type { ServiceWorld } from './sandbox-routes.js';

/** How to start a service: see {@link startService}. */
export interface ServiceOptions {
  /** The service's name in stats and errors (`farosCe`, `github`, ...). */
  readonly name: string;
  /** The service itself. */
  readonly handler: RequestHandler;
  /** The seed of the fault model (use the world's seed). */
  readonly seed: number;
  /** The fault profile to start with (default `none`). */
  readonly faults?: FaultSpec;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Port to listen on (default 0: a free port). */
  readonly port?: number;
  /** The world behind `/_sandbox/advance` and `/_sandbox/truth` (absent: those routes answer 404). */
  readonly world?: ServiceWorld;
  /** The endpoint a request is counted under (default `METHOD pathname`); give path templates here. */
  readonly routeOf?: (method: string, pathname: string) => string;
  /** How the `rate-limited` profile answers (default `generic`). */
  readonly rateLimitStyle?: RateLimitStyle;
  /** Clock and waits (default: the real ones). */
  readonly timers?: ServiceTimers;
}

/** A started service. */
export interface RunningService {
  readonly name: string;
  /** `http://host:port`, without a trailing slash; it stays the same while the service is `down`. */
  readonly url: string;
  readonly port: number;
  /** The fault settings in force. */
  faults(): FaultSettings;
  /**
   * Changes the fault profile (as `POST /_sandbox/faults` does). The attempt numbers start over, tripped
   * rate limits are lifted; `down` stops listening and closes open connections, any other profile listens
   * again on the same port.
   */
  setFaults(spec: FaultSpec): Promise<FaultSettings>;
  /** The request counters (as `GET /_sandbox/stats` answers). */
  stats(): ServiceStats;
  /** Zeroes the request counters. */
  resetStats(): void;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** The real clock and waits. */
export const realTimers: ServiceTimers = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });

const stopListening = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });

/**
 * Starts an HTTP server that wraps `handler` with the sandbox's counters, fault profiles and
 * `/_sandbox/` control routes (see README). Resolves once it listens; with a `down` profile it then
 * stops listening straight away, keeping its port for when it comes back.
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const host = options.host ?? '127.0.0.1';
  const counters = new RequestCounters(options.name);
  const trips = new Map<string, RateLimitTrip>();
  let settings = resolveFaultSettings(options.faults ?? 'none');
  let closed = false;
  let upTimer: NodeJS.Timeout | undefined;
  let transitions: Promise<unknown> = Promise.resolve();
  let port = options.port ?? 0;

  const applyFaults = (next: FaultSettings): Promise<void> => {
    const run = async (): Promise<void> => {
      if (closed) return;
      clearTimeout(upTimer);
      // Coming back up, listen first: if the port is gone, the service stays down and says so.
      if (next.profile !== 'down' && !server.listening) await listen(server, port, host);
      settings = next;
      counters.resetAttempts();
      trips.clear();
      if (next.profile === 'down') await stopListening(server);
      if (next.profile === 'down' && next.forMs !== undefined) {
        upTimer = setTimeout(() => void applyFaults(resolveFaultSettings('none')).catch(() => {}), next.forMs);
        upTimer.unref();
      }
    };
    const done = transitions.then(run);
    transitions = done.catch(() => {});
    return done;
  };

  const server = createServer(
    createFaultingHandler({
      seed: options.seed,
      handler: options.handler,
      rateLimitStyle: options.rateLimitStyle ?? 'generic',
      timers: options.timers ?? realTimers,
      routeOf: options.routeOf ?? ((method, pathname) => `${method} ${pathname}`),
      trips,
      counters,
      world: options.world,
      faults: () => settings,
      applyFaults,
    }),
  );
  port = await listen(server, port, host);
  if (settings.profile === 'down') await applyFaults(settings);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    name: options.name,
    url: `http://${urlHost}:${port}`,
    port,
    faults: () => settings,
    setFaults: async (spec) => {
      const next = resolveFaultSettings(spec);
      await applyFaults(next);
      return next;
    },
    stats: () => counters.stats(),
    resetStats: () => counters.resetStats(),
    close: async () => {
      await transitions;
      closed = true;
      clearTimeout(upTimer);
      await stopListening(server);
    },
  };
}
