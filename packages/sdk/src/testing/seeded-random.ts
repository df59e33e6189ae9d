/**
 * A pseudo-random number generator from a seed: the same seed gives the same sequence, so a
 * failing run can be replayed. Returns numbers in [0, 1). Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  // Mix the seed's bits first (a murmur3-style finalizer): nearby seeds must not start nearby.
  let s = seed | 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  s = (s ^ (s >>> 16)) >>> 0 || 0x6d2b79f5;
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
