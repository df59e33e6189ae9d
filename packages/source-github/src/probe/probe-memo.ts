/** A keyed slice's memo as repository streams keep it: the stream's own fields and the probe's fingerprint. */
export interface ProbeMemo {
  /** The change probe's fingerprint seen at the start of the last complete read of the repository. */
  readonly probe?: string;
  readonly [field: string]: unknown;
}

/** The saved memo as an object (an older or foreign memo that is not one counts as none). */
export function probeMemoOf(saved: unknown): ProbeMemo {
  return saved !== null && typeof saved === 'object' && !Array.isArray(saved) ? (saved as ProbeMemo) : {};
}

/** The stream's own part of a memo (without `probe`), or undefined when it has none. */
export function streamPartOf(memo: ProbeMemo): Record<string, unknown> | undefined {
  const { probe: _probe, ...rest } = memo;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The memo to save: the stream's part (an object, if any) with the fingerprint (if any). */
export function withProbe(streamPart: unknown, probe: string | undefined): ProbeMemo | undefined {
  const own = probeMemoOf(streamPart);
  const { probe: _stale, ...rest } = own;
  if (probe === undefined) return Object.keys(rest).length > 0 ? rest : undefined;
  return { ...rest, probe };
}
