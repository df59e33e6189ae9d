import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultSettings, FaultSpecError, resolveFaultSettings } from './fault-settings.js';
import { BodyError, readJsonBody, sendJson } from './http-json.js';
import type { RequestCounters } from './request-counters.js';

/** The part of the simulated world a service delegates `/_sandbox/advance` and `/_sandbox/truth` to. */
export interface ServiceWorld {
  /** Moves the world on by `steps`; the result (or its promise) is the answer's body. */
  advance(steps: number): unknown;
  /** What the world holds; the answer's body. */
  truth(): unknown;
}

/** What the control routes act on. */
export interface SandboxControl {
  readonly counters: RequestCounters;
  readonly world: ServiceWorld | undefined;
  faults(): FaultSettings;
  /** Applies validated settings. */
  applyFaults(settings: FaultSettings): Promise<void>;
}

/** The largest `steps` one `POST /_sandbox/advance` accepts. */
export const MAX_ADVANCE_STEPS = 100_000;

const ROUTES = ['/_sandbox/stats', '/_sandbox/faults', '/_sandbox/advance', '/_sandbox/truth'];

function stepsOf(body: unknown): number {
  if (body === undefined) return 1;
  const steps = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).steps : undefined;
  if (steps === undefined) return 1;
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > MAX_ADVANCE_STEPS) {
    throw new BodyError(`"steps" must be an integer from 1 to ${MAX_ADVANCE_STEPS}, got ${JSON.stringify(steps)}`);
  }
  return steps;
}

async function route(req: IncomingMessage, res: ServerResponse, path: string, control: SandboxControl): Promise<void> {
  const call = `${req.method} ${path}`;
  switch (call) {
    case 'GET /_sandbox/stats':
      return sendJson(res, 200, control.counters.stats());
    case 'DELETE /_sandbox/stats':
      control.counters.resetStats();
      return sendJson(res, 200, control.counters.stats());
    case 'GET /_sandbox/faults':
      return sendJson(res, 200, control.faults());
    case 'POST /_sandbox/faults': {
      const settings = resolveFaultSettings(await readJsonBody(req));
      if (settings.profile === 'down') {
        // Answer first: going down closes every connection, this one included.
        res.once('finish', () => void control.applyFaults(settings));
        return sendJson(res, 200, settings);
      }
      await control.applyFaults(settings);
      return sendJson(res, 200, settings);
    }
    case 'POST /_sandbox/advance':
    case 'GET /_sandbox/truth': {
      const { world } = control;
      if (world === undefined) return sendJson(res, 404, { error: 'this service has no simulated world' });
      if (call === 'GET /_sandbox/truth') return sendJson(res, 200, await world.truth());
      const steps = stepsOf(await readJsonBody(req));
      return sendJson(res, 200, await world.advance(steps));
    }
  }
  if (ROUTES.includes(path)) return sendJson(res, 405, { error: `${req.method} is not allowed on ${path}` });
  sendJson(res, 404, { error: `no sandbox route ${path} (routes: ${ROUTES.join(', ')})` });
}

/**
 * Answers a `/_sandbox/` control request: `GET|DELETE /_sandbox/stats`, `GET|POST /_sandbox/faults`,
 * `POST /_sandbox/advance` (`{"steps": n}`, default 1) and `GET /_sandbox/truth`. Bad input gets a 400
 * with `{"error"}`; a failing world a 500.
 */
export async function handleSandboxRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  control: SandboxControl,
): Promise<void> {
  try {
    await route(req, res, path, control);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = error instanceof FaultSpecError || error instanceof BodyError ? 400 : 500;
    if (!res.headersSent) sendJson(res, status, { error: message });
    else res.destroy();
  }
}
