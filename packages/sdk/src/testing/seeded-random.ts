/**
 * A pseudo-random number generator from a seed: the same seed gives the same sequence, so a
 * failing run can be replayed. Returns numbers in [0, 1). Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  // Spread the seed's bits first: nearby seeds should not give nearby sequences.
  let s = Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1) >>> 0 || 0x6d2b79f5;
  return () => {
    // xorshift32 (Marsaglia): three shifts per number.
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}
