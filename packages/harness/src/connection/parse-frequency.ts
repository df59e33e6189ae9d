const UNITS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads a sync frequency: `manual` (none), a duration such as `90s`, `15m`, `1h`, `1d`, or
 * `1h30m`.
 */
export function parseFrequency(value: unknown): { ok: true; ms: number | undefined } | { ok: false; rule: string } {
  if (value === 'manual') return { ok: true, ms: undefined };
  if (typeof value === 'string' && /^(\d+[smhd])+$/.test(value)) {
    let ms = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+)([smhd])/g))
      ms += Number(amount) * (UNITS[unit as string] ?? 0);
    if (ms > 0) return { ok: true, ms };
  }
  return { ok: false, rule: 'a frequency is manual or a duration such as 30s, 15m, 1h, 1d or 1h30m' };
}
