import { randomUUID } from 'node:crypto';
import { ConverterRegistry, FarosDestination, type FarosDestinationConfig } from '@faros-ce/faros-destination';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { type ConnectorContext, SecretMasker } from '@faros-ce/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from './support/write-harness.js';

const ctx: ConnectorContext = { debug() {}, info() {}, warn() {}, error() {}, masker: new SecretMasker() };
let ce: RunningFarosCe;
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
});
afterAll(() => ce?.close());

describe('check', () => {
  it('names the tables the converters write that the target lacks', async () => {
    const registry = new ConverterRegistry([
      { source: 'github', stream: 'files', ownedModels: ['vcs_PullRequestFile', 'vcs_PullRequest'], convert: () => [] },
    ]);
    const destination = new FarosDestination({ registry });
    const cfg = config({ url: ce.url, adminSecret: ce.adminSecret }) as unknown as FarosDestinationConfig;
    expect(await destination.check(cfg, ctx)).toEqual({
      succeeded: false,
      message: `Hasura at ${ce.url} lacks what the converters write: missing tables: vcs_PullRequestFile`,
    });
  });

  it('passes with the converters this package ships', async () => {
    const cfg = config({ url: ce.url, adminSecret: ce.adminSecret }) as unknown as FarosDestinationConfig;
    expect(await new FarosDestination().check(cfg, ctx)).toEqual({ succeeded: true });
  });
});
