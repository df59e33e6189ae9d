import { randomUUID } from 'node:crypto';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import type { Logger } from '@faros-ce/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HasuraClient } from './hasura-client.js';
import { TargetSchema } from './target-schema.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
let ce: RunningFarosCe;
beforeAll(async () => {
  ce = await startFarosCe({ adminSecret: randomUUID() });
});
afterAll(() => ce?.close());

describe('TargetSchema.load', () => {
  it('reads tables and insertable columns from introspection and names what the target lacks', async () => {
    const client = new HasuraClient({
      url: ce.url,
      adminSecret: ce.adminSecret,
      timeoutMs: 10_000,
      maxRetries: 0,
      retryDelayMs: 1,
      logger: quiet,
    });
    try {
      const schema = await TargetSchema.load(client);
      expect(schema.hasColumn('vcs_PullRequest', 'mergeCommit')).toBe(true);
      expect(schema.hasColumn('vcs_PullRequest', 'id')).toBe(false);
      expect(schema.gaps(['vcs_PullRequest', 'cicd_Build'])).toEqual({ tables: [], columns: [] });
      const lacking = new TargetSchema(new Map([['vcs_PullRequest', new Set(['uid', 'repository'])]]));
      const gaps = lacking.gaps(['vcs_PullRequest', 'vcs_Commit']);
      expect(gaps.tables).toEqual(['vcs_Commit']);
      expect(gaps.columns).toContain('vcs_PullRequest.title');
      expect(gaps.columns).toContain('vcs_PullRequest.refreshedAt');
    } finally {
      client.close();
    }
  });
});
