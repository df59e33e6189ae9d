import type { StreamStateBlob } from '../config/input-state.js';

/** The reserved property of a keyed slice's state holder that keeps the slice's memo. */
export const MEMO_PROPERTY = '_memo';

/**
 * The state of one stream, as the runtime keeps it: one cursor value for unkeyed slices
 * (`{updated_at: v}`), one per key for keyed slices (`{"org/repo": {updated_at: v}}`). Values only
 * move when the runtime commits what it has emitted, so the state never runs ahead of the records.
 */
export class StreamState {
  private blob: StreamStateBlob;
  private readonly cursorName: string | undefined;

  constructor(
    initial: StreamStateBlob | undefined,
    cursorField: readonly string[] | undefined,
    private readonly compare: (a: unknown, b: unknown) => number,
  ) {
    this.blob = initial ? structuredClone(initial) : {};
    this.cursorName = cursorField && cursorField.length > 0 ? cursorField.join('.') : undefined;
  }

  /** The saved cursor value of a slice (by key; undefined key for unkeyed slices). */
  bookmark(sliceKey: string | undefined): unknown {
    if (!this.cursorName) return undefined;
    const holder = sliceKey === undefined ? this.blob : this.blob[sliceKey];
    if (holder === null || typeof holder !== 'object') return undefined;
    return (holder as Record<string, unknown>)[this.cursorName];
  }

  /**
   * Records that everything up to `cursorValue` was emitted for the slice. A lower value than the
   * saved one never moves the cursor back; a keyed slice without a cursor is marked as seen.
   */
  commit(sliceKey: string | undefined, cursorValue: unknown): void {
    if (sliceKey === undefined) {
      if (this.cursorName && cursorValue !== undefined && this.isAhead(cursorValue, this.blob[this.cursorName])) {
        this.blob = { ...this.blob, [this.cursorName]: cursorValue };
      }
      return;
    }
    const holder = this.blob[sliceKey];
    const current = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>) : undefined;
    if (!this.cursorName) {
      if (!current) this.blob = { ...this.blob, [sliceKey]: {} };
      return;
    }
    if (cursorValue === undefined) {
      if (!current) this.blob = { ...this.blob, [sliceKey]: {} };
      return;
    }
    if (this.isAhead(cursorValue, current?.[this.cursorName])) {
      this.blob = { ...this.blob, [sliceKey]: { ...current, [this.cursorName]: cursorValue } };
    }
  }

  /** The memo saved with a keyed slice (`{"<key>": {"_memo": v}}`); undefined when none. */
  memo(sliceKey: string): unknown {
    const holder = this.blob[sliceKey];
    if (holder === null || typeof holder !== 'object') return undefined;
    return (holder as Record<string, unknown>)[MEMO_PROPERTY];
  }

  /** Saves a memo with a keyed slice's state, next to its cursor. */
  setMemo(sliceKey: string, value: unknown): void {
    const holder = this.blob[sliceKey];
    const current = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>) : {};
    this.blob = { ...this.blob, [sliceKey]: { ...current, [MEMO_PROPERTY]: value } };
  }

  /** The state to emit. It is replaced, never mutated, on commit, so callers may keep it. */
  snapshot(): StreamStateBlob {
    return this.blob;
  }

  private isAhead(value: unknown, saved: unknown): boolean {
    return saved === undefined || saved === null || this.compare(value, saved) > 0;
  }
}
