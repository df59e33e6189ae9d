/** Where one member of a JSON object sits in the object's text. */
export interface JsonMemberSpan {
  /** The member's name, unescaped. */
  readonly key: string;
  /** Index of the value's first character. */
  readonly valueStart: number;
  /** Index just past the value's last character. */
  readonly valueEnd: number;
}

/** The members of one JSON object, in text order, and the index of its closing brace. */
export interface JsonObjectSpan {
  readonly members: readonly JsonMemberSpan[];
  readonly close: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Finds the members of the JSON object whose `{` is at `start` in `text`, without parsing the
 * values. The text must be JSON that already parsed: this scans, it does not validate. Used to
 * edit a message in place, so that everything else in it stays byte for byte as it came (numbers
 * too large for a double, say). Throws when the text is not shaped as expected.
 */
export function jsonObjectMembers(text: string, start: number): JsonObjectSpan {
  if (text.charCodeAt(start) !== OPEN_BRACE) throw new SyntaxError(`no JSON object at ${start}`);
  const members: JsonMemberSpan[] = [];
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return { members, close: i };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) throw new SyntaxError(`expected a member name at ${i}`);
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) throw new SyntaxError(`expected ':' at ${i}`);
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = valueEndAt(text, valueStart);
    members.push({ key, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    const next = text.charCodeAt(i);
    if (next === CLOSE_BRACE) return { members, close: i };
    if (next !== COMMA) throw new SyntaxError(`expected ',' or '}' at ${i}`);
    i = skipSpace(text, i + 1);
  }
}

/** Index of the first non-whitespace character at or after `i`. */
export function skipSpace(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    // JSON whitespace: space, tab, LF, CR.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return j;
    j++;
  }
}

// Index just past the string whose opening quote is at `i`. indexOf does the long runs.
function stringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new SyntaxError(`unterminated string at ${i}`);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

// Index just past the value starting at `i`: a string, an object or array, or a literal.
function valueEndAt(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        j = stringEnd(text, j);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    throw new SyntaxError(`unterminated value at ${i}`);
  }
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (
      c === COMMA ||
      c === CLOSE_BRACE ||
      c === CLOSE_BRACKET ||
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d
    ) {
      break;
    }
    j++;
  }
  if (j === i) throw new SyntaxError(`expected a value at ${i}`);
  return j;
}
