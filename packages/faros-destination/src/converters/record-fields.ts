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

/**
 * The `Error` of a field that is not what a converter needs: `field <path>: <problem>`. Every reader of
 * record values throws this form, so `within` can prefix the path of an enclosing object.
 */
export function fieldError(path: string, problem: string): Error {
  return new Error(`field ${path}: ${problem}`);
}

function mistyped(path: string, expected: string, value: unknown): Error {
  return fieldError(path, `expected ${expected}, got ${kindOf(value)}`);
}

function missing(path: string): Error {
  return fieldError(path, 'required but missing');
}

/** True when the value at `path` is present and not null. */
export function hasValue(record: RecordObject, path: string): boolean {
  const value = valueAt(record, path);
  return value !== undefined && value !== null;
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

/** A finite number at `path`; null and absent are undefined; another value throws naming the field. */
export function optionalNumber(record: RecordObject, path: string): number | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw mistyped(path, 'a number', value);
  return value;
}

/** A finite number at `path`, else an `Error` naming the field. */
export function requiredNumber(record: RecordObject, path: string): number {
  const value = optionalNumber(record, path);
  if (value === undefined) throw missing(path);
  return value;
}

/**
 * An id at `path` as a string: a string, or a finite number (Jira ids are strings in one API and numbers
 * in another); null and absent are undefined; another type throws naming the field.
 */
export function optionalId(record: RecordObject, path: string): string | undefined {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw mistyped(path, 'a string or number id', value);
}

/** A non-empty id at `path` (see `optionalId`), else an `Error` naming the field. */
export function requiredId(record: RecordObject, path: string): string {
  const value = optionalId(record, path);
  if (value === undefined || value === '') throw missing(path);
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

/** An object at `path`, else an `Error` naming the field. */
export function requiredObject(record: RecordObject, path: string): RecordObject {
  const value = optionalObject(record, path);
  if (value === undefined) throw missing(path);
  return value;
}

/** An array at `path`; null and absent are empty; another type throws naming the field. */
export function optionalArray(record: RecordObject, path: string): readonly unknown[] {
  const value = valueAt(record, path);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw mistyped(path, 'an array', value);
  return value;
}

/** The non-null elements of the array at `path` with their indexes; a non-object element throws naming its index. */
function objectEntries(record: RecordObject, path: string): [number, RecordObject][] {
  const entries: [number, RecordObject][] = [];
  for (const [index, item] of optionalArray(record, path).entries()) {
    if (item === null) continue;
    if (!isObject(item)) throw mistyped(`${path}.${index}`, 'an object', item);
    entries.push([index, item]);
  }
  return entries;
}

/**
 * The objects of the array at `path`; null elements (which GitHub's schemas allow) are
 * skipped, any other non-object element throws naming its index.
 */
export function optionalObjects(record: RecordObject, path: string): readonly RecordObject[] {
  return objectEntries(record, path).map(([, object]) => object);
}

/** The strings of the array at `path`; null elements are skipped, any other non-string throws naming its index. */
export function optionalStrings(record: RecordObject, path: string): readonly string[] {
  const strings: string[] = [];
  for (const [index, item] of optionalArray(record, path).entries()) {
    if (item === null) continue;
    if (typeof item !== 'string') throw mistyped(`${path}.${index}`, 'a string', item);
    strings.push(item);
  }
  return strings;
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

/**
 * `read` applied to the object at `path`, or undefined when it is null or absent; a value that is not an
 * object throws naming the field, and errors `read` throws name their field below `path`.
 */
export function withinObject<T>(record: RecordObject, path: string, read: (object: RecordObject) => T): T | undefined {
  const object = optionalObject(record, path);
  return object === undefined ? undefined : within(path, () => read(object));
}

/**
 * `read` applied to each object of the array at `path` (null elements skipped, see `optionalObjects`), with
 * the element's index; errors `read` throws name their field below `<path>.<index>`.
 */
export function withinObjects<T>(
  record: RecordObject,
  path: string,
  read: (object: RecordObject, index: number) => T,
): T[] {
  return objectEntries(record, path).map(([index, object]) => within(`${path}.${index}`, () => read(object, index)));
}
