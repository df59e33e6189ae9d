import { describe, expect, it } from 'vitest';
import { JqlError, parseJql } from './jql-parser.js';

const errorOf = (jql: string): string => {
  try {
    parseJql(jql);
  } catch (error) {
    if (error instanceof JqlError) return error.message;
    throw error;
  }
  throw new Error(`parsed: ${jql}`);
};

describe('parseJql', () => {
  it('parses the clauses sources send, with AND and ORDER BY', () => {
    const query = parseJql('project in (PLAT, "WEB") AND updated >= "2025-01-02 10:30" ORDER BY updated ASC, key asc');
    expect(query.where).toEqual({
      kind: 'and',
      clauses: [
        {
          kind: 'term',
          field: 'project',
          operator: 'in',
          operand: {
            list: [
              { text: 'PLAT', quoted: false, position: 13 },
              { text: 'WEB', quoted: true, position: 19 },
            ],
          },
          position: 1,
        },
        {
          kind: 'term',
          field: 'updated',
          operator: '>=',
          operand: { text: '2025-01-02 10:30', quoted: true, position: 41 },
          position: 30,
        },
      ],
    });
    expect(query.orderBy).toEqual([
      { field: 'updated', direction: 'asc', position: 69 },
      { field: 'key', direction: 'asc', position: 82 },
    ]);
  });

  it('reads NOT IN, IS NOT, OR, parentheses and an unquoted issue key', () => {
    const query = parseJql('(issuekey = PLAT-12 OR sprint is not EMPTY) and project not in (A)');
    expect(query.where?.kind).toBe('and');
    const [left, right] = query.where?.kind === 'and' ? query.where.clauses : [];
    expect(left).toMatchObject({ kind: 'or', clauses: [{ operand: { text: 'PLAT-12' } }, { operator: 'is not' }] });
    expect(right).toMatchObject({ operator: 'not in', field: 'project' });
  });

  it('has no where clause for an ORDER BY only query (unbounded)', () => {
    expect(parseJql('ORDER BY key').where).toBeUndefined();
    expect(parseJql('   ').where).toBeUndefined();
  });

  it("answers Jira's messages with 1-based positions", () => {
    expect(errorOf('invalid query')).toBe(
      "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    );
    expect(errorOf('project = OR')).toBe(
      "Error in the JQL Query: Expecting either a value, list or function but got 'OR'. You must surround 'OR' in quotation marks to use it as a value. (line 1, character 11)",
    );
    expect(errorOf('project = "A')).toBe(
      "Error in the JQL Query: The quoted string 'A' has not been completed. (line 1, character 11)",
    );
    expect(errorOf('project = A B')).toBe(
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'B'. (line 1, character 13)",
    );
    expect(errorOf('project in A')).toContain("Expecting '(' but got 'A'.");
    expect(errorOf('order key')).toContain("Expecting 'BY' but got 'key'.");
  });
});
