import type { Logger } from '../io/connector-output.js';

/**
 * Logs WARN lines up to a limit, then one line saying the rest are only counted, so a flood of
 * bad input cannot drown the output. Counts every warning, logged or not.
 */
export class CappedWarnings {
  private seen = 0;

  constructor(
    private readonly logger: Logger,
    private readonly limit: number,
    private readonly what: string,
  ) {}

  /** Number of warnings given, logged or not. */
  get count(): number {
    return this.seen;
  }

  warn(message: string): void {
    this.seen++;
    if (this.seen <= this.limit) this.logger.warn(message);
    else if (this.seen === this.limit + 1) {
      this.logger.warn(`More than ${this.limit} ${this.what}: the rest are counted, not logged`);
    }
  }
}
