// Times as Jira writes and reads them. Jira writes `2021-01-17T12:34:00.000+0000` (no colon in the
// offset) and reads JQL dates in the requesting user's time zone.

/** `yyyy-MM-ddTHH:mm:ss.SSS+0000`: an epoch-ms time in UTC as Jira's REST API writes it. */
export function formatJiraTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}+0000`;
}

/** `yyyy-MM-dd` in UTC (due dates, version dates). */
export function formatJiraDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The offset of `zone` from UTC at the instant `utcMs`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(zone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock time in `zone`. */
export interface LocalTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/**
 * The epoch-ms instant at which the wall clock of `zone` shows `local`. In a gap (spring forward) the
 * answer is the instant an hour later; in an overlap, the earlier one.
 */
export function localTimeToUtc(zone: string, local: LocalTime): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Two refinements settle the offset, including right at a transition.
  let guess = wall - zoneOffsetMs(zone, wall);
  guess = wall - zoneOffsetMs(zone, guess);
  const earlier = wall - zoneOffsetMs(zone, guess - 3_600_000);
  return zoneOffsetMs(zone, earlier) === wall - earlier ? Math.min(earlier, guess) : guess;
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}
