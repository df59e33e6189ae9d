import type { IncomingMessage, ServerResponse } from 'node:http';
import { decideFault } from './decide-fault.js';
import { sendJson } from './http-json.js';
import { type RateLimitStyle, type RateLimitTrip, rateLimitAnswer, tripEnd } from './rate-limit-answer.js';
import { handleSandboxRoute, type SandboxControl } from './sandbox-routes.js';

/** A service's own request handler, as `http.createServer` takes it (it may return a promise). */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The clock and the waits of a service; tests substitute their own. */
export interface ServiceTimers {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** Everything the faulting handler reads. */
export interface FaultingContext extends SandboxControl {
  readonly seed: number;
  readonly handler: RequestHandler;
  readonly rateLimitStyle: RateLimitStyle;
  readonly timers: ServiceTimers;
  /** The endpoint a request is counted under. */
  routeOf(method: string, pathname: string): string;
  /** The rate limits currently tripped, by `METHOD target`; cleared when the faults change. */
  readonly trips: Map<string, RateLimitTrip>;
}

const pathnameOf = (target: string): string => {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
};

const isSandboxPath = (pathname: string): boolean => pathname === '/_sandbox' || pathname.startsWith('/_sandbox/');

function callHandler(context: FaultingContext, req: IncomingMessage, res: ServerResponse): void {
  const fail = (error: unknown): void => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 500, { error: `sandbox service ${context.counters.stats().service} failed: ${String(error)}` });
  };
  try {
    const result = context.handler(req, res);
    if (result instanceof Promise) result.catch(fail);
  } catch (error) {
    fail(error);
  }
}

function answer(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const STATUS_BODIES = {
  502: { type: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>\n' },
  503: { type: 'text/plain', body: 'Service Unavailable\n' },
} as const;

/** Answers while `trip` holds: the style's rate-limit answer, with the time left. */
function answerLimited(context: FaultingContext, trip: RateLimitTrip, res: ServerResponse): void {
  context.counters.countFault('rateLimited');
  const reply = rateLimitAnswer(context.rateLimitStyle, trip, context.timers.now());
  answer(res, reply.status, reply.headers, reply.body);
}

/**
 * Wraps a service's handler with the sandbox's behaviour: `/_sandbox/` requests go to the control routes
 * (never faulted, counted apart); every other request is counted under its endpoint, numbered
 * (its attempt: how many requests with the same method and target came before it), and then faulted as
 * {@link decideFault} says, or passed to the handler. While a rate limit tripped by a request is in force,
 * every request with the same method and target gets the limit's answer; the first one after it passes
 * through the fault model again.
 */
export function createFaultingHandler(context: FaultingContext): RequestHandler {
  return async (req, res) => {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const pathname = pathnameOf(target);
    if (isSandboxPath(pathname)) {
      context.counters.countSandbox(`${method} ${pathname}`);
      await handleSandboxRoute(req, res, pathname, context);
      return;
    }
    context.counters.countEndpoint(context.routeOf(method, pathname));
    res.once('finish', () => {
      if (res.statusCode === 304) context.counters.countNotModified();
    });
    const attempt = context.counters.nextAttempt(method, target);
    const settings = context.faults();
    const key = `${method} ${target}`;
    if (settings.profile === 'rate-limited') {
      const trip = context.trips.get(key);
      if (trip !== undefined && trip.untilMs > context.timers.now()) {
        req.resume();
        return answerLimited(context, trip, res);
      }
      context.trips.delete(key);
    }
    const decision = decideFault(settings, { seed: context.seed, method, target, attempt });
    switch (decision.kind) {
      case 'pass':
        return callHandler(context, req, res);
      case 'delay':
        context.counters.countFault('delayed');
        await context.timers.sleep(decision.ms);
        if (req.socket.destroyed) return;
        return callHandler(context, req, res);
      case 'status': {
        context.counters.countFault(decision.status === 502 ? '502' : '503');
        req.resume();
        const { type, body } = STATUS_BODIES[decision.status];
        return answer(res, decision.status, { 'content-type': `${type}; charset=utf-8` }, body);
      }
      case 'reset':
        context.counters.countFault('reset');
        req.socket.destroy();
        return;
      case 'rate-limit': {
        req.resume();
        const untilMs = tripEnd(context.rateLimitStyle, decision.variant, context.timers.now(), settings.resetSeconds);
        const trip = { untilMs, variant: decision.variant };
        context.trips.set(key, trip);
        return answerLimited(context, trip, res);
      }
    }
  };
}
