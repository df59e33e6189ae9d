/** A half-open slice `[from, to)` of an array property, as `{M,N}` and its short forms give it. */
export interface TreeRange {
  readonly from: number;
  /** Exclusive; `Infinity` for `{M,}`. */
  readonly to: number;
}

/**
 * A parsed `tree=` spec (one level): the properties named at this level, each with what to keep of its
 * value, and the range applying to this level's value when it is an array.
 */
export interface TreeSpec {
  /** Named properties; `*` matches any property not named. */
  readonly children: ReadonlyMap<string, TreeSpec>;
  /** Slice of the array this node selects; null keeps every element. */
  readonly range: TreeRange | null;
}

/** A malformed `tree=` spec; Jenkins fails the request (an `IllegalArgumentException`). */
export class TreeSyntaxError extends Error {
  override readonly name = 'TreeSyntaxError';
  constructor(
    readonly spec: string,
    readonly position: number,
    expected: string,
  ) {
    super(`expected ${expected} at ${position}`);
  }
}

// The characters with a meaning in the grammar; everything between them is a name (spaces included).
const PUNCTUATION = new Set([',', '[', ']', '{', '}']);

interface MutableSpec {
  readonly children: Map<string, MutableSpec>;
  range: TreeRange | null;
}

/** A cursor over the spec that reads one token at a time. */
class Cursor {
  position = 0;
  constructor(readonly text: string) {}

  /** The next token: a punctuation character, a name, or '' at the end. */
  peek(): string {
    if (this.position >= this.text.length) return '';
    const c = this.text.charAt(this.position);
    if (PUNCTUATION.has(c)) return c;
    let end = this.position;
    while (end < this.text.length && !PUNCTUATION.has(this.text.charAt(end))) end++;
    return this.text.slice(this.position, end);
  }

  take(): string {
    const token = this.peek();
    this.position += token.length;
    return token;
  }

  accept(punctuation: string): boolean {
    if (this.peek() !== punctuation) return false;
    this.position++;
    return true;
  }

  expect(punctuation: string, what: string): void {
    if (!this.accept(punctuation)) throw new TreeSyntaxError(this.text, this.position, what);
  }

  number(): number {
    const token = this.peek();
    if (!/^[0-9]+$/.test(token)) throw new TreeSyntaxError(this.text, this.position, 'a number');
    this.position += token.length;
    return Number(token);
  }
}

const isName = (token: string): boolean => token !== '' && !PUNCTUATION.has(token);

function parseList(cursor: Cursor, into: MutableSpec): void {
  for (;;) {
    parseNode(cursor, into);
    if (!cursor.accept(',')) return;
  }
}

function parseNode(cursor: Cursor, into: MutableSpec): void {
  const name = cursor.peek();
  if (!isName(name)) throw new TreeSyntaxError(cursor.text, cursor.position, 'a property name');
  cursor.take();
  // A name given twice keeps the last selector, as Jenkins' map of names does.
  const node: MutableSpec = { children: new Map(), range: null };
  into.children.set(name, node);
  if (cursor.accept('[')) {
    parseList(cursor, node);
    cursor.expect(']', "']'");
  }
  if (cursor.accept('{')) {
    node.range = parseRange(cursor);
    cursor.expect('}', "'}'");
  }
}

/** `{,N}`, `{N}`, `{M,}` or `{M,N}`: N is exclusive. */
function parseRange(cursor: Cursor): TreeRange {
  if (cursor.accept(',')) return { from: 0, to: cursor.number() };
  const from = cursor.number();
  if (cursor.peek() === '}') return { from, to: from + 1 };
  cursor.expect(',', "','");
  if (cursor.peek() === '}') return { from, to: Number.POSITIVE_INFINITY };
  return { from, to: cursor.number() };
}

/**
 * Parses a `tree=` spec: `name`, `name[sub,...]`, an optional range `{M,N}` / `{M,}` / `{,N}` / `{N}`
 * after either, comma-separated; `*` names any property.
 * @throws TreeSyntaxError on an empty spec, a stray or missing bracket, an empty `[]` or `{}`, a
 * doubled or trailing comma, or a range that isn't numbers.
 */
export function parseTree(spec: string): TreeSpec {
  const cursor = new Cursor(spec);
  const root: MutableSpec = { children: new Map(), range: null };
  parseList(cursor, root);
  if (cursor.peek() !== '') throw new TreeSyntaxError(spec, cursor.position, 'the end');
  return root;
}

/** Applies a range to an array (no range: the array itself). */
export function sliceByRange<T>(items: readonly T[], range: TreeRange | null): readonly T[] {
  if (range === null) return items;
  const to = Math.min(range.to, items.length);
  return range.from >= to ? [] : items.slice(range.from, to);
}
