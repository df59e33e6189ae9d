import { type FaultSpec, FaultSpecError, isFaultProfileName, resolveFaultSettings } from '../service/fault-settings.js';
import type { SandboxServiceName } from './connection-info.js';

/** Fault profiles of a sandbox: one for every service, or one per service (absent services: `none`). */
export type SandboxFaults = FaultSpec | { readonly [N in SandboxServiceName]?: FaultSpec };

const isSingleSpec = (faults: SandboxFaults): faults is FaultSpec => typeof faults === 'string' || 'profile' in faults;

/** The fault profile `faults` gives the service `name`. */
export function faultsFor(faults: SandboxFaults | undefined, name: SandboxServiceName): FaultSpec {
  if (faults === undefined) return 'none';
  if (isSingleSpec(faults)) return faults;
  return faults[name] ?? 'none';
}

/**
 * Checks that `faults` names only services in `available` and only valid profiles.
 * @throws FaultSpecError naming the problem.
 */
export function checkSandboxFaults(faults: SandboxFaults | undefined, available: readonly SandboxServiceName[]): void {
  if (faults === undefined) return;
  if (isSingleSpec(faults)) {
    resolveFaultSettings(faults);
    return;
  }
  for (const [name, spec] of Object.entries(faults)) {
    if (!(available as readonly string[]).includes(name)) {
      throw new FaultSpecError(
        `faults name the service "${name}", which this sandbox doesn't run (it runs ${available.join(', ')})`,
      );
    }
    try {
      resolveFaultSettings(spec);
    } catch (error) {
      throw new FaultSpecError(`faults of ${name}: ${(error as Error).message}`);
    }
  }
}

/**
 * Parses the CLI's `--faults` value: comma-separated entries, each a profile for every service
 * (`flaky`) or a `service=profile` pair (`farosCe=down`); pairs override the bare profile.
 * @throws FaultSpecError on an unknown profile or service, or an entry given twice.
 */
export function parseFaultsOption(text: string, available: readonly SandboxServiceName[]): SandboxFaults {
  let fallback: FaultSpec | undefined;
  const perService = new Map<SandboxServiceName, FaultSpec>();
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [left, right, ...extra] = entry.split('=').map((part) => part.trim());
    const profile = right ?? left;
    if (entry === '' || extra.length > 0 || left === '' || profile === '') {
      throw new FaultSpecError(
        `"${entry}" is not a fault entry: use a profile (flaky) or service=profile (farosCe=flaky)`,
      );
    }
    if (!isFaultProfileName(profile)) resolveFaultSettings(profile); // throws the unknown-profile message
    const spec = profile as FaultSpec;
    if (right === undefined) {
      if (fallback !== undefined) throw new FaultSpecError(`two profiles for every service in "${text}"`);
      fallback = spec;
      continue;
    }
    const name = available.find((candidate) => candidate === left);
    if (name === undefined) {
      throw new FaultSpecError(`unknown service "${left}" in "${entry}" (services: ${available.join(', ')})`);
    }
    if (perService.has(name)) throw new FaultSpecError(`two profiles for ${name} in "${text}"`);
    perService.set(name, spec);
  }
  if (perService.size === 0 && fallback !== undefined) return fallback;
  return Object.fromEntries(available.map((name) => [name, perService.get(name) ?? fallback ?? 'none']));
}
