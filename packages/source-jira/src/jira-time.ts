/**
 * Epoch ms of a Jira time (`2025-06-02T09:00:00.000+0000`, or ISO with `Z`/`+05:30`), or undefined.
 * Node parses the colon-less offset Jira writes.
 */
export function jiraMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
