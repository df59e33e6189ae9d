/** A source record or one of its nested objects, as read from untrusted JSON. */
export type RecordObject = Readonly<Record<string, unknown>>;

/** The value at a dotted path (`head.ref`), or undefined when any step is missing or not an object. */
export function valueAt(record: RecordObject, path: string): unknown {
  let current: unknown = record;
  for (const step of path.split('.')) {
    if (!isObject(current)) return undefined;
    current = current[step];
  }
  return current;
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is RecordObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function mistyped(path: string, expected: string, value: unknown): Error {
  return new Error(`field ${path}: expected ${expected}, got ${kindOf(value)}`);
}

function missing(path: string): Error {
  return new Error(`field ${path}: required but missing`);
}

/** A string at `path`; null and absent are undefined; another type throws naming the field. */
export function optionalString(record: RecordObject, path: string): string | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw mistyped(path, 'a string', value);
  return value;
}

/** A non-empty string at `path`, else an `Error` naming the field. */
export function requiredString(record: RecordObject, path: string): string {
  const value = optionalString(record, path);
  if (value === undefined || value === '') throw missing(path);
  return value;
}

/** An integer at `path`; null and absent are undefined; a non-integer throws naming the field. */
export function optionalInteger(record: RecordObject, path: string): number | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw mistyped(path, 'an integer', value);
  return value;
}

/** An integer at `path`, else an `Error` naming the field. */
export function requiredInteger(record: RecordObject, path: string): number {
  const value = optionalInteger(record, path);
  if (value === undefined) throw missing(path);
  return value;
}

/** A boolean at `path`; null and absent are undefined; another type throws naming the field. */
export function optionalBoolean(record: RecordObject, path: string): boolean | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw mistyped(path, 'a boolean', value);
  return value;
}

/**
 * A timestamp at `path` as an ISO 8601 UTC string; null, absent and empty are undefined. A string that is
 * not a date throws naming the field, so a garbled time never lands in a `timestamptz` column.
 */
export function optionalTime(record: RecordObject, path: string): string | undefined {
  const value = optionalString(record, path);
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`field ${path}: expected a date-time, got ${JSON.stringify(value)}`);
  return new Date(ms).toISOString();
}

/** A timestamp at `path`, else an `Error` naming the field. */
export function requiredTime(record: RecordObject, path: string): string {
  const value = optionalTime(record, path);
  if (value === undefined) throw missing(path);
  return value;
}

/** An object at `path`; null and absent are undefined; another type throws naming the field. */
export function optionalObject(record: RecordObject, path: string): RecordObject | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw mistyped(path, 'an object', value);
  return value;
}

/** An array at `path`; null and absent are empty; another type throws naming the field. */
export function optionalArray(record: RecordObject, path: string): readonly unknown[] {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw mistyped(path, 'an array', value);
  return value;
}

/**
 * The objects of the array at `path`; null elements (which GitHub's schemas allow) are
 * skipped, any other non-object element throws naming its index.
 */
export function optionalObjects(record: RecordObject, path: string): readonly RecordObject[] {
  const objects: RecordObject[] = [];
  for (const [index, item] of optionalArray(record, path).entries()) {
    if (item === null) continue;
    if (!isObject(item)) throw mistyped(`${path}.${index}`, 'an object', item);
    objects.push(item);
  }
  return objects;
}

/**
 * Runs `read` on a nested object and prefixes the field named by any error it throws with `prefix`
 * (`labels.2` + `name` gives `labels.2.name`), so errors inside arrays still name the record's field.
 */
export function within<T>(prefix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('field ')) {
      throw new Error(`field ${prefix}.${error.message.slice('field '.length)}`);
    }
    throw error;
  }
}
