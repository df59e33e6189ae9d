import type { JiraData, JiraIssue } from '../world/index.js';
import { localTimeToUtc } from './jira-time.js';
import {
  type JqlClause,
  JqlError,
  type JqlOperator,
  type JqlQuery,
  type JqlTerm,
  type JqlValue,
} from './jql-parser.js';

/** What a query is evaluated against: the site and the requesting user's time zone and clock. */
export interface JqlContext {
  readonly jira: JiraData;
  /** IANA zone in which JQL dates are read (the user's `timeZone`). */
  readonly zone: string;
  /** Epoch ms "now", for relative dates (`-1d`). */
  readonly now: number;
}

/** A query ready to run: a predicate and an order. */
export interface JqlFilter {
  /** False when the query restricts nothing (only ORDER BY or empty): `/search/jql` refuses those. */
  readonly bounded: boolean;
  matches(issue: JiraIssue): boolean;
  compare(a: JiraIssue, b: JiraIssue): number;
}

type Predicate = (issue: JiraIssue) => boolean;

const DATE_FIELDS: Readonly<Record<string, (issue: JiraIssue) => number | null>> = {
  updated: (i) => i.updated,
  updateddate: (i) => i.updated,
  created: (i) => i.created,
  createddate: (i) => i.created,
  resolved: (i) => i.resolutionDate,
  resolutiondate: (i) => i.resolutionDate,
};
const KEY_FIELDS = new Set(['key', 'issuekey', 'id']);
const ORDERED: readonly JqlOperator[] = ['=', '!=', '>', '>=', '<', '<='];
const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in'];
const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";
const UNIT_MS: Readonly<Record<string, number>> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

const noField = (name: string): JqlError =>
  new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
const noValue = (value: JqlValue, field: string): JqlError =>
  new JqlError(`The value '${value.text}' does not exist for the field '${field}'.`);

const valuesOf = (term: JqlTerm): readonly JqlValue[] => ('list' in term.operand ? term.operand.list : [term.operand]);
const isEmptyWord = (value: JqlValue): boolean => !value.quoted && ['empty', 'null'].includes(value.text.toLowerCase());

/** Reads a JQL date value as epoch ms in the context's zone. */
export function jqlDate(value: JqlValue, field: string, context: JqlContext): number {
  const text = value.text.trim();
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (absolute) {
    const [year, month, day, hour, minute] = absolute.slice(1).map((part) => Number(part ?? 0)) as number[];
    const valid = month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31 && hour! <= 23 && minute! <= 59;
    if (valid)
      return localTimeToUtc(context.zone, { year: year!, month: month!, day: day!, hour: hour!, minute: minute! });
  } else if (/^\d+$/.test(text)) {
    return Number(text); // epoch milliseconds
  } else if (/^[-+]?\d+[wdhm](\s*\d+[wdhm])*$/.test(text)) {
    const sign = text.startsWith('-') ? -1 : 1;
    let offset = 0;
    for (const [, n, unit] of text.matchAll(/(\d+)([wdhm])/g)) offset += Number(n) * (UNIT_MS[unit!] ?? 0);
    return context.now + sign * offset;
  }
  throw new JqlError(`Date value '${value.text}' for field '${field}' is invalid. ${DATE_FORMATS}`);
}

function compareNumbers(operator: JqlOperator, a: number, b: number): boolean {
  switch (operator) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}

function requireOperator(term: JqlTerm, allowed: readonly JqlOperator[]): void {
  if (!allowed.includes(term.operator)) {
    throw new JqlError(`The operator '${term.operator.toUpperCase()}' is not supported by the '${term.field}' field.`);
  }
}

/** An `=`/`in` predicate over a set of accepted values, negated for `!=`/`not in`. */
function membership<T>(
  term: JqlTerm,
  accepted: ReadonlySet<T>,
  valuesOf: (issue: JiraIssue) => readonly T[],
): Predicate {
  const negate = term.operator === '!=' || term.operator === 'not in';
  return (issue) => valuesOf(issue).some((v) => accepted.has(v)) !== negate;
}

function compileTerm(term: JqlTerm, context: JqlContext): Predicate {
  const field = term.field.toLowerCase();
  const { jira } = context;
  const date = DATE_FIELDS[field];
  if (date) {
    const values = valuesOf(term);
    if ((term.operator === 'is' || term.operator === 'is not') && values.every(isEmptyWord)) {
      return (issue) => (date(issue) === null) === (term.operator === 'is');
    }
    requireOperator(term, ORDERED);
    const bound = jqlDate(values[0]!, term.field, context);
    return (issue) => {
      const at = date(issue);
      return at !== null && compareNumbers(term.operator, at, bound);
    };
  }
  if (field === 'project') {
    requireOperator(term, EQUALITY);
    const ids = new Set<string>();
    for (const value of valuesOf(term)) {
      const wanted = value.text.toLowerCase();
      const project = [...jira.projects.values()].find(
        (p) => p.key.toLowerCase() === wanted || p.id === value.text || p.name.toLowerCase() === wanted,
      );
      if (!project) throw noValue(value, term.field);
      ids.add(project.id);
    }
    return membership(term, ids, (issue) => [issue.projectId]);
  }
  if (KEY_FIELDS.has(field)) {
    requireOperator(term, EQUALITY);
    const ids = new Set<string>();
    for (const value of valuesOf(term)) {
      const issue = /^\d+$/.test(value.text)
        ? jira.issues.byId(value.text)
        : jira.resolveIssueKey(value.text.toUpperCase());
      if (!issue) throw new JqlError(`An issue with key '${value.text}' does not exist for field '${term.field}'.`);
      ids.add(issue.id);
    }
    return membership(term, ids, (issue) => [issue.id]);
  }
  if (field === 'sprint') {
    const values = valuesOf(term);
    if ((term.operator === 'is' || term.operator === 'is not') && values.every(isEmptyWord)) {
      return (issue) => (issue.sprintIds.length === 0) === (term.operator === 'is');
    }
    requireOperator(term, EQUALITY);
    const ids = new Set<number>();
    for (const value of values) {
      const sprint = /^\d+$/.test(value.text)
        ? jira.sprints.byId(Number(value.text))
        : [...jira.sprints.values()].find((s) => s.name.toLowerCase() === value.text.toLowerCase());
      if (!sprint) throw noValue(value, term.field);
      ids.add(sprint.id);
    }
    return membership(term, ids, (issue) => issue.sprintIds);
  }
  if (field === 'status') {
    requireOperator(term, EQUALITY);
    const ids = new Set<string>();
    for (const value of valuesOf(term)) {
      const status = [...jira.statuses.values()].find(
        (s) => s.id === value.text || s.name.toLowerCase() === value.text.toLowerCase(),
      );
      if (!status) throw noValue(value, term.field);
      ids.add(status.id);
    }
    return membership(term, ids, (issue) => [issue.statusId]);
  }
  throw noField(term.field);
}

function compileClause(clause: JqlClause, context: JqlContext): Predicate {
  switch (clause.kind) {
    case 'term':
      return compileTerm(clause, context);
    case 'not': {
      const inner = compileClause(clause.clause, context);
      return (issue) => !inner(issue);
    }
    case 'and': {
      const parts = clause.clauses.map((c) => compileClause(c, context));
      return (issue) => parts.every((p) => p(issue));
    }
    case 'or': {
      const parts = clause.clauses.map((c) => compileClause(c, context));
      return (issue) => parts.some((p) => p(issue));
    }
  }
}

const keyParts = (key: string): [string, number] => {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
};

/** Compares issue keys as Jira does: project key, then number. */
export function compareIssueKeys(a: string, b: string): number {
  const [pa, na] = keyParts(a);
  const [pb, nb] = keyParts(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}

type Comparator = (a: JiraIssue, b: JiraIssue) => number;

function sortKey(field: string): { compare: Comparator; defaultDirection: 'asc' | 'desc' } {
  const name = field.toLowerCase();
  const date = DATE_FIELDS[name];
  if (date) {
    const at = (i: JiraIssue): number => date(i) ?? Number.NEGATIVE_INFINITY;
    return { compare: (a, b) => at(a) - at(b), defaultDirection: 'desc' };
  }
  if (name === 'key' || name === 'issuekey') {
    return { compare: (a, b) => compareIssueKeys(a.key, b.key), defaultDirection: 'asc' };
  }
  if (name === 'id') return { compare: (a, b) => Number(a.id) - Number(b.id), defaultDirection: 'asc' };
  if (name === 'project') {
    return { compare: (a, b) => Number(a.projectId) - Number(b.projectId), defaultDirection: 'asc' };
  }
  throw noField(field);
}

/**
 * Compiles a parsed query against the site: unknown fields, values, operators and dates raise
 * {@link JqlError} with Jira's messages. Without ORDER BY, issues come newest key first (`key DESC`).
 * Ties always fall back to the issue id, so paging is stable.
 */
export function compileJql(query: JqlQuery, context: JqlContext): JqlFilter {
  const matches = query.where === undefined ? () => true : compileClause(query.where, context);
  const orders = query.orderBy.length > 0 ? query.orderBy : [{ field: 'key', direction: 'desc' as const }];
  const comparators = orders.map((order) => {
    const { compare, defaultDirection } = sortKey(order.field);
    const sign = (order.direction ?? defaultDirection) === 'asc' ? 1 : -1;
    return (a: JiraIssue, b: JiraIssue) => sign * compare(a, b);
  });
  return {
    bounded: query.where !== undefined,
    matches,
    compare: (a, b) => {
      for (const c of comparators) {
        const order = c(a, b);
        if (order !== 0) return order;
      }
      return Number(a.id) - Number(b.id);
    },
  };
}
