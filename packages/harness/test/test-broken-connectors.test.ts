import { fileURLToPath } from 'node:url';
import { command } from '@faros-ce/sdk/testing';
import { describe, expect, it } from 'vitest';
import { formatTestReport } from '../src/testing/format-test-report.js';
import { type TestReport, testConnector } from '../src/testing/test-connector.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const source = (flaw: string) => command(process.execPath, [fixture('broken-source.mjs'), flaw]);
const destination = (flaw: string) => command(process.execPath, [fixture('broken-destination.mjs'), flaw]);
const config = { items: 9, api_key: 'k3y-that-must-not-show' };

function failed(report: TestReport): Record<string, string[]> {
  return Object.fromEntries(report.checks.filter((c) => !c.passed).map((c) => [c.name, c.failures.map((f) => f.rule)]));
}

describe('airbyte-harness test on hand-written connectors', () => {
  it('passes a correct source and names it a source', async () => {
    const report = await testConnector({
      subject: source('none'),
      config,
      invalidConfig: { items: 9, api_key: 'wrong' },
    });
    expect(report.kind).toBe('source');
    expect(failed(report)).toEqual({});
    expect(report.passed).toBe(true);
    expect(report.checks.map((c) => c.name)).toContain('check fails');
  });

  it('fails a source with a record outside its schema, naming the stream and the rule', async () => {
    const report = await testConnector({ subject: source('record-outside-schema'), config });
    expect(report.passed).toBe(false);
    const basic = report.checks.find((c) => c.name === 'basic read');
    expect(basic?.failures.map((f) => [f.rule, f.stream])).toContainEqual(['record-schema', 'items']);
    expect(formatTestReport(report)).toMatch(/✗ basic read\n.*\[record-schema\] \(stream items/);
  });

  it('fails a source with LEGACY state', async () => {
    const report = await testConnector({ subject: source('legacy-state'), config });
    expect(report.passed).toBe(false);
    expect(report.checks.find((c) => c.name === 'basic read')?.failures.map((f) => f.rule)).toContain('state-legacy');
    expect(formatTestReport(report)).toContain('LEGACY state');
  });

  it('passes a correct destination and fails one that echoes wrong record counts', async () => {
    const good = await testConnector({ subject: destination('none'), config: {} });
    expect(good.kind).toBe('destination');
    expect(good.checks.map((c) => [c.name, c.passed])).toEqual([
      ['spec', true],
      ['check succeeds', true],
      ['state echo', true],
    ]);
    const bad = await testConnector({ subject: destination('wrong-echo'), config: {} });
    expect(failed(bad)).toEqual({ 'state echo': expect.arrayContaining(['echo-destination-stats']) });
    expect(formatTestReport(bad)).toMatch(/destinationStats\.recordCount \d+, expected \d+/);
  });

  it('reports a connector that cannot start instead of throwing', async () => {
    const report = await testConnector({ subject: command(fixture('no-such-program')), config });
    expect(report.passed).toBe(false);
    expect(report.checks[0]?.failures[0]?.rule).toBe('spec-failed');
  });
});
