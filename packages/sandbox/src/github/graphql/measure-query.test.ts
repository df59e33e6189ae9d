import { type FragmentDefinitionNode, getOperationAST, getVariableValues, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadGithubSchema } from './load-github-schema.js';
import { measureQuery } from './measure-query.js';

async function measure(query: string, variables: Record<string, unknown> = {}) {
  const schema = await loadGithubSchema();
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!('variableValues' in coerced) || !coerced.variableValues) throw new Error('bad variables');
  return measureQuery(schema, operation, fragments, coerced.variableValues);
}

describe('measureQuery', () => {
  it("prices GitHub's documented example (plus one connection): requests / 100, rounded; nodes multiply down", async () => {
    const m = await measure(`query {
      viewer { login repositories(first: 100) { edges { node { name
        pullRequests(first: 50) { edges { node { title labels(first: 60) { edges { node { name } } } } } }
        issues(first: 10) { totalCount edges { node { title } } } } } } } }`);
    // 1 + 100 (pull requests) + 100 (issues) + 100 × 50 (labels) requests.
    expect(m.requests).toBe(1 + 100 + 100 + 5000);
    expect(m.cost).toBe(52);
    expect(m.nodeCount).toBe(100 + 100 * 50 + 100 * 50 * 60 + 100 * 10);
    expect(m.errors).toEqual([]);
  });

  it('costs at least one point and follows fragments and variables', async () => {
    const m = await measure(
      `query($n: Int!) { repository(owner: "o", name: "r") { ...prs } }
       fragment prs on Repository { pullRequests(first: $n) { nodes { reviews(first: 10) { totalCount } } } }`,
      { n: 30 },
    );
    expect(m).toMatchObject({ requests: 31, cost: 1, nodeCount: 30 + 300, dryRun: false });
  });

  it('needs first or last only where nodes or edges are selected', async () => {
    const ok = await measure(`{ repository(owner: "o", name: "r") { pullRequests { totalCount } } }`);
    expect(ok.errors).toEqual([]);
    const missing = await measure(`{ repository(owner: "o", name: "r") { pullRequests { nodes { number } } } }`);
    expect(missing.errors.map((e) => [e.type, e.message, e.path])).toEqual([
      [
        'MISSING_PAGINATION_BOUNDARIES',
        'You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.',
        ['repository', 'pullRequests'],
      ],
    ]);
  });

  it('refuses more than 100 records and negative sizes', async () => {
    const big = await measure(
      `{ repository(owner: "o", name: "r") { prs: pullRequests(last: 101) { nodes { number } } } }`,
    );
    expect(big.errors.map((e) => [e.type, e.message])).toEqual([
      [
        'EXCESSIVE_PAGINATION',
        'Requesting 101 records on the `pullRequests` connection exceeds the `last` limit of 100 records.',
      ],
    ]);
    const negative = await measure(
      `{ repository(owner: "o", name: "r") { pullRequests(first: -1) { nodes { number } } } }`,
    );
    expect(negative.errors[0]?.type).toBe('EXCESSIVE_PAGINATION');
  });

  it('refuses a query over 500,000 nodes before it runs', async () => {
    const m = await measure(`{ viewer { repositories(first: 100) { nodes {
      pullRequests(first: 100) { nodes { commits(first: 100) { nodes { commit { oid } } } } } } } } }`);
    expect(m.nodeCount).toBe(100 + 10_000 + 1_000_000);
    expect(m.errors.map((e) => e.type)).toEqual(['MAX_NODE_LIMIT_EXCEEDED']);
    expect(m.errors[0]?.message).toBe(
      'By the time this query traverses to the commits connection, it is requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
    );
  });

  it('skips what @skip and @include leave out, and notices rateLimit(dryRun: true)', async () => {
    const m = await measure(
      `query($no: Boolean!) { rateLimit(dryRun: true) { cost }
        viewer { repositories(first: 100) @skip(if: true) { nodes { name } } followers(first: 5) @include(if: $no) { totalCount } } }`,
      { no: false },
    );
    expect(m).toMatchObject({ requests: 0, nodeCount: 0, cost: 1, dryRun: true });
  });
});
