/** Which faults a service applied, by kind. */
export interface FaultCounts {
  /** 502 answers. */
  readonly '502': number;
  /** 503 answers. */
  readonly '503': number;
  /** Connections destroyed without an answer. */
  readonly reset: number;
  /** Rate-limit answers (429 or 403). */
  readonly rateLimited: number;
  /** Requests answered after an added delay. */
  readonly delayed: number;
}

/** What `GET /_sandbox/stats` answers. */
export interface ServiceStats {
  /** The service's name (`farosCe`, `github`, ...). */
  readonly service: string;
  /** All API requests (everything outside `/_sandbox/`), faulted ones included. */
  readonly total: number;
  /**
   * API requests answered `304 Not Modified` (conditional requests whose answer had not changed; part
   * of `total`). GitHub does not count them against the rate limit.
   */
  readonly notModified: number;
  /** API requests per endpoint: `METHOD route`, the route being the service's path template or the path. */
  readonly endpoints: Readonly<Record<string, number>>;
  /** Faults applied to API requests. */
  readonly faults: FaultCounts;
  /** Requests to the `/_sandbox/` control routes, per `METHOD path` (not part of `total`). */
  readonly sandbox: Readonly<Record<string, number>>;
}

type MutableFaultCounts = { -readonly [K in keyof FaultCounts]: number };

const noFaults = (): MutableFaultCounts => ({ '502': 0, '503': 0, reset: 0, rateLimited: 0, delayed: 0 });

/** The counters behind {@link ServiceStats}, plus the per-request attempt numbers of the fault model. */
export class RequestCounters {
  #endpoints = new Map<string, number>();
  #sandbox = new Map<string, number>();
  #faults = noFaults();
  #notModified = 0;
  #attempts = new Map<string, number>();

  constructor(private readonly service: string) {}

  /** Counts an API request to `endpoint`. */
  countEndpoint(endpoint: string): void {
    this.#endpoints.set(endpoint, (this.#endpoints.get(endpoint) ?? 0) + 1);
  }

  /** Counts an API request answered 304 Not Modified. */
  countNotModified(): void {
    this.#notModified += 1;
  }

  /** Counts a request to a `/_sandbox/` route. */
  countSandbox(route: string): void {
    this.#sandbox.set(route, (this.#sandbox.get(route) ?? 0) + 1);
  }

  /** Counts an applied fault. */
  countFault(kind: keyof FaultCounts): void {
    this.#faults[kind] += 1;
  }

  /** The attempt number of a new request with this method and target (how many came before it), and counts it. */
  nextAttempt(method: string, target: string): number {
    const key = `${method} ${target}`;
    const attempt = this.#attempts.get(key) ?? 0;
    this.#attempts.set(key, attempt + 1);
    return attempt;
  }

  /** Forgets the attempt numbers (the fault model starts over). */
  resetAttempts(): void {
    this.#attempts.clear();
  }

  /** Zeroes the statistics (not the attempt numbers). */
  resetStats(): void {
    this.#endpoints.clear();
    this.#sandbox.clear();
    this.#faults = noFaults();
    this.#notModified = 0;
  }

  /** A snapshot of the statistics. */
  stats(): ServiceStats {
    let total = 0;
    for (const count of this.#endpoints.values()) total += count;
    return {
      service: this.service,
      total,
      notModified: this.#notModified,
      endpoints: Object.fromEntries(this.#endpoints),
      faults: { ...this.#faults },
      sandbox: Object.fromEntries(this.#sandbox),
    };
  }
}
