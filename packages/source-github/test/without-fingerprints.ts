/** States as a sync before the change probe left them: no `probe` in any repository's memo (ETags stay). */
export function withoutFingerprints<T>(states: readonly T[]): T[] {
  const copy = structuredClone([...states]);
  for (const message of copy as { stream?: { stream_state?: Record<string, { _memo?: { probe?: string } }> } }[]) {
    for (const holder of Object.values(message.stream?.stream_state ?? {})) delete holder?._memo?.probe;
  }
  return copy;
}
