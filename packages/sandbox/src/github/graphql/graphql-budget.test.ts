import { describe, expect, it } from 'vitest';
import { GraphqlBudget } from './graphql-budget.js';

describe('GraphqlBudget', () => {
  it('charges per viewer, refuses past the limit and refills an hour after the first query', () => {
    const budget = new GraphqlBudget(10);
    expect(budget.charge('a', 6, 1_000)).toBe(true);
    expect(budget.state('a', 2_000)).toEqual({ limit: 10, used: 6, remaining: 4, resetAt: 1_000 + 3_600_000 });
    expect(budget.charge('a', 5, 2_000)).toBe(false);
    expect(budget.state('a', 2_000).used).toBe(6);
    expect(budget.state('b', 2_000).remaining).toBe(10);
    expect(budget.charge('a', 4, 3_000)).toBe(true);
    expect(budget.state('a', 3_000).remaining).toBe(0);
    expect(budget.charge('a', 1, 1_000 + 3_600_000)).toBe(true);
    expect(budget.state('a', 1_000 + 3_600_000)).toMatchObject({ used: 1, resetAt: 1_000 + 7_200_000 });
  });
});
