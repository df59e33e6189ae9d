import { describe, expect, it } from 'vitest';
import { checkSandboxFaults, faultsFor, parseFaultsOption } from './sandbox-faults.js';

describe('parseFaultsOption', () => {
  const services = ['github', 'farosCe'] as const;

  it('reads one profile for every service, per-service pairs, and both', () => {
    expect(parseFaultsOption('flaky', services)).toBe('flaky');
    expect(parseFaultsOption('farosCe=down', services)).toEqual({ github: 'none', farosCe: 'down' });
    expect(parseFaultsOption(' slow , farosCe = rate-limited ', services)).toEqual({
      github: 'slow',
      farosCe: 'rate-limited',
    });
  });

  it('rejects unknown profiles and services, empty and doubled entries, naming the problem', () => {
    expect(() => parseFaultsOption('bogus', services)).toThrow(/unknown fault profile "bogus"/);
    expect(() => parseFaultsOption('farosCe=bogus', services)).toThrow(/unknown fault profile "bogus"/);
    expect(() => parseFaultsOption('jenkins=flaky', services)).toThrow(/unknown service "jenkins".*github, farosCe/);
    expect(() => parseFaultsOption('flaky,', services)).toThrow(/"" is not a fault entry/);
    expect(() => parseFaultsOption('a=b=c', services)).toThrow(/not a fault entry/);
    expect(() => parseFaultsOption('flaky,slow', services)).toThrow(/two profiles for every service/);
    expect(() => parseFaultsOption('farosCe=flaky,farosCe=slow', services)).toThrow(/two profiles for farosCe/);
  });
});

describe('faultsFor and checkSandboxFaults', () => {
  it('gives each service its profile, none by default', () => {
    expect(faultsFor(undefined, 'farosCe')).toBe('none');
    expect(faultsFor('slow', 'farosCe')).toBe('slow');
    expect(faultsFor({ profile: 'flaky', share: 1 }, 'github')).toEqual({ profile: 'flaky', share: 1 });
    expect(faultsFor({ github: 'down' }, 'farosCe')).toBe('none');
    expect(faultsFor({ github: 'down' }, 'github')).toBe('down');
  });

  it('rejects services the sandbox does not run and invalid profiles', () => {
    expect(() => checkSandboxFaults({ jenkins: 'flaky' }, ['farosCe'])).toThrow(
      /"jenkins", which this sandbox doesn't run/,
    );
    expect(() => checkSandboxFaults({ farosCe: { profile: 'flaky', share: 2 } }, ['farosCe'])).toThrow(
      /faults of farosCe/,
    );
    expect(() => checkSandboxFaults({ farosCe: 'slow' }, ['farosCe'])).not.toThrow();
  });
});
