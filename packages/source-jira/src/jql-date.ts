const THREE_HOURS_MS = 3 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A JQL date (`"yyyy-MM-dd HH:mm"`) at or before `epochMs`, written in `timeZone`: Jira reads the
 * dates in a JQL query in the API user's zone, to the minute. Near a daylight-saving change a
 * local time can mean two instants; then the date is written three hours earlier, so Jira never
 * starts after `epochMs` (the records read twice are dropped by the cursor).
 */
export function jqlDate(epochMs: number, timeZone: string): string {
  const safe =
    offsetMs(epochMs, timeZone) === offsetMs(epochMs - THREE_HOURS_MS, timeZone) ? epochMs : epochMs - THREE_HOURS_MS;
  const p = localParts(safe, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The zone's offset from UTC at an instant, in ms. */
export function offsetMs(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone);
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return local - Math.floor(epochMs / 1000) * 1000;
}

function localParts(
  epochMs: number,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  return {
    year: (parts.year ?? '1970').padStart(4, '0'),
    month: parts.month ?? '01',
    day: parts.day ?? '01',
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
    second: parts.second ?? '00',
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when nothing can have been updated at or after `epochMs`: it is more than a day ahead of
 * this machine's clock (a state from the future). Searching would only meet Jira's date limits.
 */
export function isFuture(epochMs: number | undefined, nowMs: number = Date.now()): boolean {
  return epochMs !== undefined && epochMs > nowMs + DAY_MS;
}
