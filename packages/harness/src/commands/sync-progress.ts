import type { StreamSummary } from '../sync-summary.js';

/** Shows a sync's progress: redrawn in place on a terminal, throttled plain lines otherwise. */
export class SyncProgress {
  private lastDraw = 0;
  private drawnLines = 0;
  private readonly started = Date.now();
  private latest: readonly StreamSummary[] = [];

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly tty: boolean = out.isTTY === true,
    private readonly everyMs: number = tty ? 250 : 5000,
  ) {}

  /** Called with the running figures; draws at most every `everyMs`. */
  update(streams: readonly StreamSummary[]): void {
    this.latest = streams;
    const now = Date.now();
    if (now - this.lastDraw < this.everyMs) return;
    this.lastDraw = now;
    this.draw();
  }

  /** Clears the live lines (on a terminal) before the summary is printed. */
  done(): void {
    if (this.tty && this.drawnLines > 0) this.out.write(`\x1b[${this.drawnLines}A\x1b[J`);
    this.drawnLines = 0;
  }

  private draw(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const lines = this.latest.map((s) => {
      const rate = Math.round(s.recordsRead / seconds);
      const waits = s.rateLimitWaits > 0 ? `, ${s.rateLimitWaits} rate-limit waits` : '';
      return `${s.stream}: ${s.recordsRead} read (${rate}/s), ${s.recordsWritten} written, ${s.statesCommitted} states committed${waits}`;
    });
    if (this.tty) {
      if (this.drawnLines > 0) this.out.write(`\x1b[${this.drawnLines}A\x1b[J`);
      this.out.write(`${lines.join('\n')}\n`);
      this.drawnLines = lines.length;
    } else {
      this.out.write(`progress: ${lines.join('; ')}\n`);
    }
  }
}
