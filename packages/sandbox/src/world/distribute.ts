import type { Random } from './random.js';

/**
 * Splits `total` into `parts` whole shares with random weights between 0.5 and 1.5; the shares
 * add up to `total` exactly.
 */
export function distribute(rng: Random, total: number, parts: number): number[] {
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < parts; i++) {
    const w = rng.float(0.5, 1.5);
    weights.push(w);
    sum += w;
  }
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}
