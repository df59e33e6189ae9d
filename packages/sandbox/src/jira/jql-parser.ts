// A small JQL parser: the clauses, operators and ORDER BY that sources send, with Jira's own error
// messages (`Error in the JQL Query: ... (line 1, character N)`).

/** A comparison operator of JQL, lower-case. */
export type JqlOperator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** One value as written: a quoted string or an unquoted word (numbers are words). */
export interface JqlValue {
  readonly text: string;
  readonly quoted: boolean;
  /** 1-based character position in the query. */
  readonly position: number;
}

/** `field operator operand`. */
export interface JqlTerm {
  readonly kind: 'term';
  readonly field: string;
  readonly operator: JqlOperator;
  /** A single value, or the values of a `(a, b)` list. */
  readonly operand: JqlValue | { readonly list: readonly JqlValue[] };
  readonly position: number;
}

/** A clause of the WHERE part. */
export type JqlClause =
  | JqlTerm
  | { readonly kind: 'and' | 'or'; readonly clauses: readonly JqlClause[] }
  | { readonly kind: 'not'; readonly clause: JqlClause };

/** One ORDER BY key; `direction` is undefined when the query leaves it to the field's default. */
export interface JqlOrder {
  readonly field: string;
  readonly direction: 'asc' | 'desc' | undefined;
  readonly position: number;
}

/** A parsed query: no `where` means the query restricts nothing (it is unbounded). */
export interface JqlQuery {
  readonly where: JqlClause | undefined;
  readonly orderBy: readonly JqlOrder[];
}

/** A query Jira would reject; `message` is Jira's error message. */
export class JqlError extends Error {
  override readonly name = 'JqlError';
}

interface Token {
  readonly type: 'word' | 'string' | 'op' | '(' | ')' | ',' | 'end';
  readonly text: string;
  readonly position: number;
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'];
const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const SPECIAL = new Set(['(', ')', ',', '"', "'", '=', '!', '<', '>', '~']);
const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by']);

const where = (position: number): string => `(line 1, character ${position})`;
const syntax = (message: string, position: number): JqlError =>
  new JqlError(`Error in the JQL Query: ${message} ${where(position)}`);

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const position = i + 1;
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, text: c, position });
      i++;
    } else if (c === '"' || c === "'") {
      let text = '';
      let j = i + 1;
      while (j < jql.length && jql.charAt(j) !== c) {
        if (jql.charAt(j) === '\\' && j + 1 < jql.length) j++;
        text += jql.charAt(j);
        j++;
      }
      if (j >= jql.length) throw syntax(`The quoted string '${text}' has not been completed.`, position);
      tokens.push({ type: 'string', text, position });
      i = j + 1;
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op) {
        tokens.push({ type: 'op', text: op, position });
        i += op.length;
        continue;
      }
      let j = i;
      while (j < jql.length && !/\s/.test(jql.charAt(j)) && !SPECIAL.has(jql.charAt(j))) j++;
      if (j === i) throw syntax(`The character '${c}' is a reserved JQL character.`, position);
      tokens.push({ type: 'word', text: jql.slice(i, j), position });
      i = j;
    }
  }
  tokens.push({ type: 'end', text: '', position: jql.length + 1 });
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }
  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index++;
    return token;
  }
  private isWord(word: string): boolean {
    const token = this.peek();
    return token.type === 'word' && token.text.toLowerCase() === word;
  }
  private got(token: Token): string {
    return token.type === 'end' ? 'end of query' : `'${token.text}'`;
  }

  parse(): JqlQuery {
    const whereClause = this.isWord('order') || this.peek().type === 'end' ? undefined : this.parseOr();
    const orderBy: JqlOrder[] = [];
    if (this.isWord('order')) {
      this.next();
      if (!this.isWord('by')) throw syntax(`Expecting 'BY' but got ${this.got(this.peek())}.`, this.peek().position);
      this.next();
      do {
        const field = this.next();
        if (field.type !== 'word' && field.type !== 'string') {
          throw syntax(`Expecting a field name but got ${this.got(field)}.`, field.position);
        }
        let direction: JqlOrder['direction'];
        if (this.isWord('asc') || this.isWord('desc')) direction = this.next().text.toLowerCase() as 'asc' | 'desc';
        orderBy.push({ field: field.text, direction, position: field.position });
      } while (this.peek().type === ',' && this.next());
    }
    const rest = this.peek();
    if (rest.type !== 'end') {
      const expected = orderBy.length > 0 ? "Expecting ','" : "Expecting either 'OR' or 'AND'";
      throw syntax(`${expected} but got ${this.got(rest)}.`, rest.position);
    }
    return { where: whereClause, orderBy };
  }

  private parseOr(): JqlClause {
    const clauses = [this.parseAnd()];
    while (this.isWord('or')) {
      this.next();
      clauses.push(this.parseAnd());
    }
    return clauses.length === 1 ? (clauses[0] as JqlClause) : { kind: 'or', clauses };
  }

  private parseAnd(): JqlClause {
    const clauses = [this.parseUnary()];
    while (this.isWord('and')) {
      this.next();
      clauses.push(this.parseUnary());
    }
    return clauses.length === 1 ? (clauses[0] as JqlClause) : { kind: 'and', clauses };
  }

  private parseUnary(): JqlClause {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', clause: this.parseUnary() };
    }
    if (this.peek().type === '(') {
      this.next();
      const clause = this.parseOr();
      const close = this.next();
      if (close.type !== ')') throw syntax(`Expecting ')' but got ${this.got(close)}.`, close.position);
      return clause;
    }
    return this.parseTerm();
  }

  private parseTerm(): JqlTerm {
    const field = this.next();
    if (field.type !== 'word' && field.type !== 'string') {
      throw syntax(`Expecting a field name but got ${this.got(field)}.`, field.position);
    }
    if (field.type === 'word' && RESERVED.has(field.text.toLowerCase())) {
      const reserved = field.text.toUpperCase();
      throw syntax(
        `Expecting a field name but got '${field.text}'. You must surround '${reserved}' in quotation marks to use it as a field name.`,
        field.position,
      );
    }
    const operator = this.parseOperator();
    const operand = this.parseOperand(operator);
    return { kind: 'term', field: field.text, operator, operand, position: field.position };
  }

  private parseOperator(): JqlOperator {
    const token = this.next();
    if (token.type === 'op') return token.text as JqlOperator;
    const word = token.type === 'word' ? token.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'is') {
      if (this.isWord('not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    if (word === 'not' && this.isWord('in')) {
      this.next();
      return 'not in';
    }
    throw syntax(`Expecting operator but got ${this.got(token)}. ${VALID_OPERATORS}`, token.position);
  }

  private parseOperand(operator: JqlOperator): JqlTerm['operand'] {
    if (this.peek().type === '(') {
      this.next();
      const list: JqlValue[] = [this.parseValue()];
      while (this.peek().type === ',') {
        this.next();
        list.push(this.parseValue());
      }
      const close = this.next();
      if (close.type !== ')') throw syntax(`Expecting ')' or ',' but got ${this.got(close)}.`, close.position);
      return { list };
    }
    if (operator === 'in' || operator === 'not in') {
      const token = this.peek();
      throw syntax(`Expecting '(' but got ${this.got(token)}.`, token.position);
    }
    return this.parseValue();
  }

  private parseValue(): JqlValue {
    const token = this.next();
    if (token.type === 'string') return { text: token.text, quoted: true, position: token.position };
    if (token.type === 'word' && !RESERVED.has(token.text.toLowerCase())) {
      return { text: token.text, quoted: false, position: token.position };
    }
    const text = token.text.toUpperCase();
    const hint = token.type === 'word' ? ` You must surround '${text}' in quotation marks to use it as a value.` : '';
    throw syntax(`Expecting either a value, list or function but got ${this.got(token)}.${hint}`, token.position);
  }
}

/**
 * Parses a JQL query.
 * @throws JqlError with Jira's message when the query is malformed.
 */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parse();
}
