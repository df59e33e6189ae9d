/** Where in a connection file a problem sits. */
export interface FilePosition {
  /** The file's path, or `<text>` when the connection was given as text. */
  readonly file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** 1-based column; 0 when unknown. */
  readonly column: number;
}

/**
 * A connection file that cannot be used: its message reads `file:line:column: <field>: <rule>`,
 * so an editor can jump to it and the reader knows which rule was broken.
 */
export class ConnectionFileError extends Error {
  readonly position: FilePosition;
  /** Dotted path of the offending field (`source.config.token`), empty for the whole file. */
  readonly field: string;
  /** The rule broken, in words. */
  readonly rule: string;

  constructor(position: FilePosition, field: string, rule: string) {
    const where = position.line > 0 ? `${position.file}:${position.line}:${position.column}` : position.file;
    super(`${where}: ${field === '' ? '' : `${field}: `}${rule}`);
    this.name = 'ConnectionFileError';
    this.position = position;
    this.field = field;
    this.rule = rule;
  }
}
