/**
 * Flushes on time, in step with the loop that reads input. Armed when records are buffered, it
 * fires once, `intervalMs` later. If the loop is busy with a message then, the loop runs the flush
 * when it is done with it (`leave`); if the loop is waiting for input, the timer flushes at once,
 * and the loop waits for that flush before its next message (`enter`). Either way the writer sees
 * one call at a time. A timer flush that fails ends the loop's wait for input at once (`wait`).
 * The timer is unref'd and `stop` clears it, so it never keeps the process alive.
 */
export class FlushTimer {
  private handle: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private due = false;
  private busy = false;
  private stopped = false;
  private failure: { error: unknown } | undefined;
  private interruptWait: ((error: unknown) => void) | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: () => Promise<void>,
  ) {}

  /** Starts the clock, unless it is already running. */
  arm(): void {
    if (this.handle !== undefined || this.stopped) return;
    this.handle = setTimeout(() => this.fire(), this.intervalMs);
    this.handle.unref();
  }

  /** Waits for `next` (the next input line); rejects as soon as a timer flush fails. */
  wait<T>(next: Promise<T>): Promise<T> {
    if (this.failure !== undefined) return Promise.reject(this.failure.error);
    // Nothing armed or running: nothing can fail during this wait.
    if (this.handle === undefined && this.running === undefined) return next;
    return new Promise<T>((resolve, reject) => {
      this.interruptWait = reject;
      next.then(
        (value) => {
          this.interruptWait = undefined;
          resolve(value);
        },
        (error: unknown) => {
          this.interruptWait = undefined;
          reject(error);
        },
      );
    });
  }

  /** The loop starts on a message: waits for a timer flush in progress and rethrows its failure. */
  enter(): Promise<void> | undefined {
    this.busy = true;
    if (this.running !== undefined) return this.running.then(() => this.throwIfFailed());
    this.throwIfFailed();
    return undefined;
  }

  /** The loop is done with a message: runs the flush that came due meanwhile, if one did. */
  leave(): Promise<void> | undefined {
    if (!this.due) {
      this.busy = false;
      return undefined;
    }
    this.due = false;
    return this.flush().then(() => {
      this.busy = false;
    });
  }

  /** Stops the clock and waits for a timer flush in progress to settle (its failure is kept). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.busy = true;
    this.due = false;
    clearTimeout(this.handle);
    this.handle = undefined;
    if (this.running !== undefined) await this.running;
  }

  /** Throws the error of a failed timer flush, if one failed. */
  throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  private fire(): void {
    this.handle = undefined;
    if (this.busy) {
      this.due = true;
      return;
    }
    this.running = this.flush().then(
      () => {
        this.running = undefined;
      },
      (error: unknown) => {
        this.running = undefined;
        this.failure = { error };
        this.interruptWait?.(error);
      },
    );
  }
}
