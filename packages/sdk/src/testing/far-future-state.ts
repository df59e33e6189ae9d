/** A stream state with its cursor values moved far ahead, and how many values were moved. */
export interface FarFutureState {
  readonly state: Record<string, unknown>;
  /** Values replaced; 0 means no cursor value of a known kind was found. */
  readonly replaced: number;
}

/**
 * Moves every cursor value in a stream state to the far future, keeping its kind: ISO dates and
 * timestamps become year 9999 in the same shape, epoch numbers (seconds or ms) become year 9999,
 * other integers and digit strings become larger ones. Values are found under the cursor's name
 * (its dotted path or its last segment) at any depth, so per-partition states work too; without
 * a cursor field every value is a candidate. Other strings are left alone and not counted.
 */
export function farFutureState(state: Record<string, unknown>, cursorField?: readonly string[]): FarFutureState {
  const names =
    cursorField && cursorField.length > 0 ? new Set([cursorField.join('.'), cursorField.at(-1) as string]) : undefined;
  let replaced = 0;
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    }
    if (names && (key === undefined || !names.has(key))) return value;
    const future = farFutureValue(value);
    if (future === undefined) return value;
    replaced++;
    return future;
  };
  return { state: visit(state, undefined) as Record<string, unknown>, replaced };
}

const DATE = /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(?::\d{2})?)?(\.\d+)?(.*)$/;
const YEAR_9999_SECONDS = 253_402_300_799;

/** One value moved to the far future, or undefined when its kind is unknown. */
export function farFutureValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value >= 1e11) return YEAR_9999_SECONDS * 1000; // epoch milliseconds
    if (value >= 1e8) return YEAR_9999_SECONDS; // epoch seconds
    return Number.MAX_SAFE_INTEGER;
  }
  if (typeof value !== 'string') return undefined;
  const date = DATE.exec(value);
  if (date) {
    const time = date[2] ? `${date[2][0]}23:59${date[2].length > 6 ? ':59' : ''}` : '';
    const fraction = date[3] ? `.${'9'.repeat(date[3].length - 1)}` : '';
    return `9999-12-31${time}${fraction}${date[4] ?? ''}`;
  }
  if (/^\d+$/.test(value)) return '9'.repeat(Math.max(value.length + 3, 16));
  return undefined;
}
