/** The identity of one request as the fault model sees it. */
export interface RequestIdentity {
  /** The sandbox seed. */
  readonly seed: number;
  /** HTTP method, upper case (`GET`). */
  readonly method: string;
  /** The request target as sent: path and query string (`/repos/o/r/pulls?page=2`). */
  readonly target: string;
  /** How many requests with the same method and target this service answered before this one (0-based). */
  readonly attempt: number;
}

/**
 * A uniform number in [0, 1) that depends only on the request identity and a salt naming the question
 * asked ("fault", "kind", "delay", ...): FNV-1a (32 bit) over the UTF-16 code units of
 * `salt␀seed␀method␀target␀attempt`, then the 32-bit avalanche finaliser of MurmurHash3, divided by 2³².
 * No global state and no request order: the same identity always draws the same number.
 */
export function faultDraw(identity: RequestIdentity, salt: string): number {
  const text = `${salt}\u0000${identity.seed}\u0000${identity.method}\u0000${identity.target}\u0000${identity.attempt}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
}
