/**
 * Typed, defensive access to an untrusted JSON record. Every accessor names the field path in the
 * `Error` it throws, so the runtime can reject the record with a message saying what is wrong.
 * Optional accessors treat `null` and absent alike and return `undefined`; they still throw when a
 * value is present with the wrong type, because a mistyped field means the record is not what we
 * think it is.
 */
export class RecordReader {
  /** The object read. */
  readonly value: Readonly<Record<string, unknown>>;
  /** Dotted path of this object inside the record, for messages (`fields.status`). */
  readonly path: string;

  constructor(value: Readonly<Record<string, unknown>>, path = '') {
    this.value = value;
    this.path = path;
  }

  /** Wraps a whole record; throws when it is not a JSON object. */
  static of(record: unknown, path = 'record'): RecordReader {
    if (!isObject(record)) throw new Error(`${path}: expected an object, got ${describe(record)}`);
    return new RecordReader(record, '');
  }

  /** The dotted path of `field` below this object. */
  at(field: string): string {
    return this.path === '' ? field : `${this.path}.${field}`;
  }

  /** True when `field` is present and not null. */
  has(field: string): boolean {
    const v = this.value[field];
    return v !== undefined && v !== null;
  }

  /** A required non-empty string. */
  string(field: string): string {
    const v = this.optString(field);
    if (v === undefined || v === '') throw new Error(`${this.at(field)}: required string is missing`);
    return v;
  }

  /** A string, or undefined when null or absent. */
  optString(field: string): string | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new Error(`${this.at(field)}: expected a string, got ${describe(v)}`);
    return v;
  }

  /** A required string or number, as a string (Jira ids are strings in one API and numbers in another). */
  id(field: string): string {
    const v = this.optId(field);
    if (v === undefined || v === '') throw new Error(`${this.at(field)}: required id is missing`);
    return v;
  }

  /** A string or finite number as a string, or undefined when null or absent. */
  optId(field: string): string | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    throw new Error(`${this.at(field)}: expected a string or number id, got ${describe(v)}`);
  }

  /** A required finite number. */
  number(field: string): number {
    const v = this.optNumber(field);
    if (v === undefined) throw new Error(`${this.at(field)}: required number is missing`);
    return v;
  }

  /** A finite number, or undefined when null or absent. */
  optNumber(field: string): number | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${this.at(field)}: expected a number, got ${describe(v)}`);
    }
    return v;
  }

  /** A boolean, or undefined when null or absent. */
  optBoolean(field: string): boolean | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') throw new Error(`${this.at(field)}: expected a boolean, got ${describe(v)}`);
    return v;
  }

  /** A required nested object. */
  object(field: string): RecordReader {
    const v = this.optObject(field);
    if (v === undefined) throw new Error(`${this.at(field)}: required object is missing`);
    return v;
  }

  /** A nested object, or undefined when null or absent. */
  optObject(field: string): RecordReader | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) return undefined;
    if (!isObject(v)) throw new Error(`${this.at(field)}: expected an object, got ${describe(v)}`);
    return new RecordReader(v, this.at(field));
  }

  /** An array (empty when null or absent); throws when present and not an array. */
  array(field: string): readonly unknown[] {
    const v = this.value[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new Error(`${this.at(field)}: expected an array, got ${describe(v)}`);
    return v;
  }

  /** The objects of an array field, each wrapped; null items are skipped, other non-objects throw. */
  objects(field: string): RecordReader[] {
    const out: RecordReader[] = [];
    this.array(field).forEach((item, i) => {
      if (item === null || item === undefined) return;
      const at = `${this.at(field)}[${i}]`;
      if (!isObject(item)) throw new Error(`${at}: expected an object, got ${describe(item)}`);
      out.push(new RecordReader(item, at));
    });
    return out;
  }

  /** The strings of an array field; null items are skipped, other non-strings throw. */
  strings(field: string): string[] {
    return this.array(field).flatMap((item, i) => {
      if (item === null || item === undefined) return [];
      if (typeof item !== 'string')
        throw new Error(`${this.at(field)}[${i}]: expected a string, got ${describe(item)}`);
      return [item];
    });
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}
