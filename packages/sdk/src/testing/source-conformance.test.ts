import { describe, expect, it } from 'vitest';
import { formatConformanceResult } from './conformance-result.js';
import { inProcess } from './connector-under-test.js';
import { GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';
import { describeSourceConformance, runSourceConformance, sourceConformanceChecks } from './source-conformance.js';

describe('runSourceConformance', () => {
  it('passes every check for a well-behaved source', async () => {
    const results = await runSourceConformance({
      subject: inProcess(new MemorySource()),
      config: GOOD_CONFIG,
      invalidConfig: { token: 'wrong' },
    });
    expect(results.map((r) => r.check)).toEqual([
      'spec',
      'check (succeeded)',
      'check (failed)',
      'discover',
      'basic read',
      'unknown stream',
      'two full refreshes',
      'incremental',
      'future state',
      'secrets not in output',
    ]);
    for (const result of results) expect(result.failures, formatConformanceResult(result)).toEqual([]);
    expect(results.every((r) => r.passed && r.skipped === undefined)).toBe(true);
  });

  it('skips the incremental checks when no stream supports incremental', async () => {
    const checks = sourceConformanceChecks({ subject: inProcess(new MemorySource(() => [])), config: GOOD_CONFIG });
    const incremental = checks.find((c) => c.name === 'incremental');
    // No streams at all: discover fails its lint, but incremental has nothing to check.
    const result = await incremental?.run();
    expect(result?.skipped).toBe('no stream supports incremental');
  });
});

describe('describeSourceConformance', () => {
  it('registers one test per check that throws the formatted failures', async () => {
    const tests: { name: string; body: () => Promise<void> }[] = [];
    let suite = '';
    describeSourceConformance(
      {
        describe: (name, body) => {
          suite = name;
          body();
        },
        it: (name, body) => {
          tests.push({ name, body });
        },
      },
      'broken',
      { subject: inProcess(new MemorySource()), config: { token: 'wrong' } },
    );
    expect(suite).toBe('broken conforms to the Airbyte protocol');
    const check = tests.find((t) => t.name === 'check succeeds');
    await expect(check?.body()).rejects.toThrow(/\[connection-status\].*FAILED.*expected SUCCEEDED/);
    await expect(tests.find((t) => t.name === 'spec')?.body()).resolves.toBeUndefined();
  });
});
