/** The fault profiles every sandbox service offers. */
export const FAULT_PROFILES = ['none', 'flaky', 'rate-limited', 'down', 'slow'] as const;

/** One of {@link FAULT_PROFILES}. */
export type FaultProfileName = (typeof FAULT_PROFILES)[number];

/** A fault profile with all its parameters filled in. */
export interface FaultSettings {
  readonly profile: FaultProfileName;
  /** `flaky`, `rate-limited`: the share of draws that fault, in (0, 1]. Defaults: 0.25 and 0.1. */
  readonly share: number;
  /** `flaky`, `rate-limited`: at most this many consecutive attempts of one method + target fault (default 2). */
  readonly maxConsecutive: number;
  /** `slow`: the mean added latency; each request waits between 0.5 and 1.5 times this (default 250 ms). */
  readonly latencyMs: number;
  /** `rate-limited`: how long a tripped limit lasts before the same request succeeds again (default 1 s). */
  readonly resetSeconds: number;
  /** `down`: come back up (profile `none`) after this long; absent: stay down until changed. */
  readonly forMs?: number;
}

/** A profile name, or a profile with some of its parameters (the rest take their defaults). */
export type FaultSpec =
  | FaultProfileName
  | ({ readonly profile: FaultProfileName } & Partial<Omit<FaultSettings, 'profile'>>);

/** A fault specification that can't be used; the message says why. */
export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError';
}

/** Whether `value` names a fault profile. */
export function isFaultProfileName(value: unknown): value is FaultProfileName {
  return typeof value === 'string' && (FAULT_PROFILES as readonly string[]).includes(value);
}

const NUMBER_FIELDS = ['share', 'maxConsecutive', 'latencyMs', 'resetSeconds', 'forMs'] as const;

/**
 * Validates a fault specification coming from JSON or code and fills in the defaults.
 * @throws FaultSpecError when the profile is unknown or a parameter is out of range.
 */
export function resolveFaultSettings(spec: unknown): FaultSettings {
  const input: unknown = typeof spec === 'string' ? { profile: spec } : spec;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultSpecError('a fault specification is a profile name or an object with a "profile"');
  }
  const fields = input as Record<string, unknown>;
  const profile = fields.profile;
  if (!isFaultProfileName(profile)) {
    throw new FaultSpecError(
      `unknown fault profile ${JSON.stringify(profile)} (expected one of ${FAULT_PROFILES.join(', ')})`,
    );
  }
  for (const key of Object.keys(fields)) {
    if (key !== 'profile' && !(NUMBER_FIELDS as readonly string[]).includes(key)) {
      throw new FaultSpecError(`unknown fault parameter "${key}" (expected ${NUMBER_FIELDS.join(', ')})`);
    }
  }
  const number = (
    key: (typeof NUMBER_FIELDS)[number],
    fallback: number,
    valid: (n: number) => boolean,
    rule: string,
  ) => {
    const value = fields[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || !valid(value)) {
      throw new FaultSpecError(`fault parameter "${key}" must be ${rule}, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const positive = (n: number): boolean => n > 0;
  const settings: FaultSettings = {
    profile,
    share: number('share', profile === 'rate-limited' ? 0.1 : 0.25, (n) => n > 0 && n <= 1, 'a number in (0, 1]'),
    maxConsecutive: number('maxConsecutive', 2, (n) => Number.isInteger(n) && n >= 1, 'an integer of at least 1'),
    latencyMs: number('latencyMs', 250, (n) => n >= 0, 'a number of milliseconds, at least 0'),
    resetSeconds: number('resetSeconds', 1, positive, 'a positive number of seconds'),
  };
  const forMs =
    fields.forMs === undefined ? undefined : number('forMs', 0, positive, 'a positive number of milliseconds');
  return forMs === undefined ? settings : { ...settings, forMs };
}
