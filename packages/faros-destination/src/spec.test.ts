import { lintSpec } from '@faros-ce/sdk/testing';
import { describe, expect, it } from 'vitest';
import { destinationSpec } from './spec.js';

describe('destinationSpec', () => {
  it("passes the SDK's spec lints (distinct orders, secrets marked) with a community config", () => {
    const config = { edition_configs: { edition: 'community', hasura_url: 'http://localhost:8080' } };
    expect(lintSpec(destinationSpec(), { config })).toEqual([]);
  });
});
