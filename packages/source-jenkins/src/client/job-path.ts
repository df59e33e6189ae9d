/**
 * The URL path of an item from its names, top level first: `job/<name>/job/<name>/`. Each name is
 * percent-encoded as one segment, so spaces, unicode and a branch job's stored `%2F` (sent as
 * `%252F`) reach Jenkins intact. Empty for the controller itself.
 */
export function jobPath(names: readonly string[]): string {
  return names.map((name) => `job/${encodeURIComponent(name)}/`).join('');
}
