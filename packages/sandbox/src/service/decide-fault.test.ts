import { describe, expect, it } from 'vitest';
import { attemptFaults, decideFault, type FaultDecision } from './decide-fault.js';
import { faultDraw } from './fault-draw.js';
import { resolveFaultSettings } from './fault-settings.js';

const kinds = (decisions: FaultDecision[]): string[] =>
  decisions.map((d) => (d.kind === 'status' ? String(d.status) : d.kind));

const sequence = (seed: number, profile: Parameters<typeof resolveFaultSettings>[0], target: string, n: number) => {
  const settings = resolveFaultSettings(profile);
  return Array.from({ length: n }, (_, attempt) => decideFault(settings, { seed, method: 'GET', target, attempt }));
};

describe('faultDraw', () => {
  it('is a pure function of the identity and the salt, spread over [0, 1)', () => {
    const id = { seed: 7, method: 'GET', target: '/a?page=2', attempt: 3 };
    expect(faultDraw(id, 'fault')).toBe(faultDraw({ ...id }, 'fault'));
    const draws = new Set([
      faultDraw(id, 'fault'),
      faultDraw(id, 'kind'),
      faultDraw({ ...id, seed: 8 }, 'fault'),
      faultDraw({ ...id, method: 'POST' }, 'fault'),
      faultDraw({ ...id, target: '/a?page=3' }, 'fault'),
      faultDraw({ ...id, attempt: 4 }, 'fault'),
    ]);
    expect(draws.size).toBe(6);
    const many = Array.from({ length: 10_000 }, (_, attempt) => faultDraw({ ...id, attempt }, 'fault'));
    expect(Math.min(...many)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...many)).toBeLessThan(1);
    const belowHalf = many.filter((u) => u < 0.5).length;
    expect(belowHalf).toBeGreaterThan(4_700);
    expect(belowHalf).toBeLessThan(5_300);
  });
});

describe('decideFault', () => {
  it('gives the same flaky sequence for the same seed and path, another for another seed or path', () => {
    const first = kinds(sequence(42, 'flaky', '/x', 200));
    expect(kinds(sequence(42, 'flaky', '/x', 200))).toEqual(first);
    expect(kinds(sequence(43, 'flaky', '/x', 200))).not.toEqual(first);
    expect(kinds(sequence(42, 'flaky', '/y', 200))).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set(['pass', '502', '503', 'reset']));
  });

  it('faults about the share of requests and never more than maxConsecutive in a row', () => {
    const decisions = kinds(sequence(1, { profile: 'flaky', share: 0.5, maxConsecutive: 2 }, '/x', 10_000));
    const faults = decisions.filter((k) => k !== 'pass').length;
    // Share 0.5, less the third, sixth, ... attempts of runs (a run reaches its third attempt after a pass
    // with probability 0.5⁴): about 0.5 - 0.5⁴ - 0.5⁷ of the requests, 0.43.
    expect(faults).toBeGreaterThan(4_000);
    expect(faults).toBeLessThan(4_500);
    expect(decisions.join(',')).not.toMatch(/(?:502|503|reset),(?:502|503|reset),(?:502|503|reset)/);
  });

  it('with share 1 faults maxConsecutive attempts, then lets one through, over and over', () => {
    const settings = resolveFaultSettings({ profile: 'flaky', share: 1, maxConsecutive: 2 });
    const faulted = Array.from({ length: 9 }, (_, attempt) =>
      attemptFaults({ seed: 3, method: 'GET', target: '/x', attempt }, settings.share, settings.maxConsecutive),
    );
    expect(faulted).toEqual([true, true, false, true, true, false, true, true, false]);
  });

  it('trips rate limits at the same attempts as a flaky profile with the same share would fault', () => {
    const limited = sequence(5, { profile: 'rate-limited', share: 0.3 }, '/x', 300).map((d) => d.kind);
    const flaky = sequence(5, { profile: 'flaky', share: 0.3 }, '/x', 300).map((d) => d.kind);
    expect(limited.map((k) => k === 'rate-limit')).toEqual(flaky.map((k) => k !== 'pass'));
    expect(limited).toContain('rate-limit');
  });

  it('delays every slow request by 0.5 to 1.5 times the latency, the same for the same attempt', () => {
    const delays = sequence(9, { profile: 'slow', latencyMs: 100 }, '/x', 500).map((d) =>
      d.kind === 'delay' ? d.ms : -1,
    );
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...delays)).toBeLessThanOrEqual(150);
    expect(new Set(delays).size).toBeGreaterThan(50);
    expect(
      sequence(9, { profile: 'slow', latencyMs: 100 }, '/x', 500).map((d) => (d.kind === 'delay' ? d.ms : -1)),
    ).toEqual(delays);
  });

  it('passes everything under none and resets everything under down', () => {
    expect(new Set(kinds(sequence(1, 'none', '/x', 100)))).toEqual(new Set(['pass']));
    expect(new Set(kinds(sequence(1, 'down', '/x', 100)))).toEqual(new Set(['reset']));
  });
});

describe('resolveFaultSettings', () => {
  it('fills in defaults and rejects unknown profiles, parameters and out-of-range values', () => {
    expect(resolveFaultSettings('flaky')).toEqual({
      profile: 'flaky',
      share: 0.25,
      maxConsecutive: 2,
      latencyMs: 250,
      resetSeconds: 1,
    });
    expect(resolveFaultSettings({ profile: 'down', forMs: 10 }).forMs).toBe(10);
    expect(() => resolveFaultSettings('bogus')).toThrow(/unknown fault profile "bogus"/);
    expect(() => resolveFaultSettings({ profile: 'flaky', rate: 1 })).toThrow(/unknown fault parameter "rate"/);
    expect(() => resolveFaultSettings({ profile: 'flaky', share: 0 })).toThrow(/"share" must be a number in \(0, 1\]/);
    expect(() => resolveFaultSettings({ profile: 'flaky', maxConsecutive: 1.5 })).toThrow(/maxConsecutive/);
    expect(() => resolveFaultSettings(['flaky'])).toThrow(/profile name or an object/);
  });
});
