/** One Dockerfile instruction: its keyword in upper case and the rest of its (joined) lines. */
export interface Instruction {
  readonly keyword: string;
  readonly args: string;
  /** 1-based line where the instruction starts, for messages. */
  readonly line: number;
}

/** What the image checks need from a Dockerfile, read from its last stage. */
export interface Dockerfile {
  readonly instructions: readonly Instruction[];
  /** The last FROM's image. */
  readonly from: string | undefined;
  /** ENTRYPOINT as a JSON array (exec form), or the raw text when written in shell form. */
  readonly entrypoint: readonly string[] | string | undefined;
  /** ENV and LABEL pairs, later ones winning as in a build. */
  readonly env: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  /** The last USER. */
  readonly user: string | undefined;
  readonly workdir: string | undefined;
}

/**
 * Parses the subset of Dockerfile syntax our connector images use: comments, `\` continuations,
 * exec-form JSON arrays, and `KEY=value` pairs with double quotes in ENV and LABEL. Enough to
 * check an image's contract without an engine; not a general Dockerfile parser.
 */
export function parseDockerfile(text: string): Dockerfile {
  const instructions = splitInstructions(text);
  const stage = instructions.slice(instructions.findLastIndex((i) => i.keyword === 'FROM'));
  const env: Record<string, string> = {};
  const labels: Record<string, string> = {};
  let entrypoint: readonly string[] | string | undefined;
  let user: string | undefined;
  let workdir: string | undefined;
  for (const instruction of stage) {
    switch (instruction.keyword) {
      case 'ENV':
        Object.assign(env, parsePairs(instruction));
        break;
      case 'LABEL':
        Object.assign(labels, parsePairs(instruction));
        break;
      case 'ENTRYPOINT':
        entrypoint = parseCommand(instruction.args);
        break;
      case 'USER':
        user = instruction.args;
        break;
      case 'WORKDIR':
        workdir = instruction.args;
        break;
    }
  }
  const from = stage[0]?.keyword === 'FROM' ? stage[0].args.split(/\s+/)[0] : undefined;
  return { instructions, from, entrypoint, env, labels, user, workdir };
}

function splitInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    // Comment lines inside a continued instruction are skipped too, as Docker does.
    if (trimmed.startsWith('#') || (trimmed === '' && pending === undefined)) continue;
    const continued = trimmed.endsWith('\\');
    const part = continued ? trimmed.slice(0, -1).trim() : trimmed;
    pending = pending === undefined ? { text: part, line: index + 1 } : { ...pending, text: `${pending.text} ${part}` };
    if (continued) continue;
    const match = /^(\S+)\s*(.*)$/s.exec(pending.text);
    if (match?.[1] !== undefined) {
      instructions.push({ keyword: match[1].toUpperCase(), args: (match[2] ?? '').trim(), line: pending.line });
    }
    pending = undefined;
  }
  return instructions;
}

function parseCommand(args: string): readonly string[] | string {
  if (!args.startsWith('[')) return args;
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`not a JSON array of strings: ${args}`);
  }
  return parsed;
}

/** `A=1 B="two words"` (and the legacy `KEY value` form for one pair). */
function parsePairs(instruction: Instruction): Record<string, string> {
  const { args } = instruction;
  const pairs: Record<string, string> = {};
  if (!/^[^\s=]+=/.test(args)) {
    const match = /^(\S+)\s+(.*)$/s.exec(args);
    if (match?.[1] === undefined) throw new Error(`line ${instruction.line}: ${instruction.keyword} without a value`);
    pairs[match[1]] = unquote(match[2] ?? '');
    return pairs;
  }
  const pattern = /([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)\s*/gy;
  let match = pattern.exec(args);
  let end = 0;
  while (match !== null) {
    pairs[match[1] as string] = unquote(match[2] ?? '');
    end = pattern.lastIndex;
    match = pattern.exec(args);
  }
  if (end !== args.length) throw new Error(`line ${instruction.line}: cannot read ${instruction.keyword} ${args}`);
  return pairs;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2
    ? value.slice(1, -1).replace(/\\(.)/g, '$1')
    : value;
}
