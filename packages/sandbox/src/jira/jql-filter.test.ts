import { describe, expect, it } from 'vitest';
import { createWorld, type JiraIssue } from '../world/index.js';
import { compileJql, type JqlContext } from './jql-filter.js';
import { JqlError, parseJql } from './jql-parser.js';

const world = createWorld({ seed: 5 });
const issues = [...world.jira.issues.values()];
const context = (zone: string): JqlContext => ({ jira: world.jira, zone, now: world.clock.now() });
const run = (jql: string, zone = 'UTC'): JiraIssue[] => {
  const filter = compileJql(parseJql(jql), context(zone));
  return issues.filter(filter.matches).sort(filter.compare);
};
const keys = (list: readonly JiraIssue[]) => list.map((i) => i.key);

describe('compileJql', () => {
  const project = world.jira.projects.values().next().value!;

  it('reads "yyyy-MM-dd HH:mm" in the user time zone, not UTC', () => {
    const updated = issues.map((i) => i.updated).sort((a, b) => a - b);
    const pivot = updated[Math.floor(updated.length / 2)]!;
    // The same wall-clock text names instants 5:30 apart in Kolkata and in UTC.
    const local = new Date(pivot + 5.5 * 3_600_000);
    const text = `${local.toISOString().slice(0, 10)} ${local.toISOString().slice(11, 16)}`;
    const minute = Math.floor(pivot / 60_000) * 60_000;
    expect(keys(run(`updated >= "${text}"`, 'Asia/Kolkata'))).toEqual(
      keys(run(`updated >= ${minute}`)), // epoch ms form, zone-free
    );
    const utc = run(`updated >= "${text}"`, 'UTC');
    expect(utc.length).toBeLessThan(run(`updated >= "${text}"`, 'Asia/Kolkata').length);
    expect(utc.every((i) => i.updated >= minute + 5.5 * 3_600_000)).toBe(true);
  });

  it('supports >, <, <=, date-only, slashes and relative periods', () => {
    const day = Date.UTC(2025, 0, 10);
    expect(run('created < "2025/01/10"').every((i) => i.created < day)).toBe(true);
    expect(run('created <= 2025-01-10').length).toBe(issues.filter((i) => i.created <= day).length);
    expect(run('updated > "-1d"').every((i) => i.updated > world.clock.now() - 86_400_000)).toBe(true);
    expect(run('updated > "-1d"').length).toBe(issues.filter((i) => i.updated > world.clock.now() - 86_400_000).length);
  });

  it('filters project, key, sprint and orders by updated then key', () => {
    const inProject = run(`project = ${project.key} ORDER BY updated ASC, key ASC`);
    expect(new Set(inProject.map((i) => i.projectId))).toEqual(new Set([project.id]));
    expect(inProject.map((i) => i.updated)).toEqual(inProject.map((i) => i.updated).sort((a, b) => a - b));
    const desc = run(`project in (${project.key}, "${project.name}") ORDER BY updated DESC`);
    expect(new Set(keys(desc))).toEqual(new Set(keys(inProject)));
    expect(desc[0]!.updated).toBeGreaterThanOrEqual(desc.at(-1)!.updated);
    const [a, b] = issues;
    expect(keys(run(`key in (${b!.key}, ${a!.key}) ORDER BY key ASC`))).toEqual([a!.key, b!.key].sort());
    expect(keys(run(`issuekey = ${a!.id}`))).toEqual([a!.key]);
    const sprintId = issues.find((i) => i.sprintIds.length > 0)!.sprintIds[0]!;
    expect(run(`sprint = ${sprintId}`).every((i) => i.sprintIds.includes(sprintId))).toBe(true);
    expect(run(`sprint = ${sprintId}`).length).toBe(issues.filter((i) => i.sprintIds.includes(sprintId)).length);
  });

  it('is unbounded without a where clause and rejects what it cannot answer', () => {
    expect(compileJql(parseJql('ORDER BY key'), context('UTC')).bounded).toBe(false);
    expect(compileJql(parseJql(`project = ${project.key}`), context('UTC')).bounded).toBe(true);
    const message = (jql: string) => {
      try {
        run(jql);
      } catch (error) {
        if (error instanceof JqlError) return error.message;
      }
      return 'no error';
    };
    expect(message('project > A')).toBe("The operator '>' is not supported by the 'project' field.");
    expect(message('key = ZZZ-1')).toBe("An issue with key 'ZZZ-1' does not exist for field 'key'.");
    expect(message(`project = ${project.key} ORDER BY colour`)).toBe(
      "Field 'colour' does not exist or you do not have permission to view it.",
    );
  });
});
