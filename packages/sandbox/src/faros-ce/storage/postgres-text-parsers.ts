/** Type OIDs of the Postgres types whose text form we parse ourselves, on both engines. */
export const PostgresTypeOid = {
  int8: 20,
  int8Array: 1016,
  date: 1082,
  dateArray: 1182,
  timestamp: 1114,
  timestampArray: 1115,
  timestamptz: 1184,
  timestamptzArray: 1185,
} as const;

// Postgres's ISO output: `2024-05-01 10:34:56.789+00`, offsets `+HH`, `+HH:MM` or `+HH:MM:SS`.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})?(:\d{2})?(:\d{2})?$/;

/**
 * Formats Postgres's text form of a `timestamptz` (or `timestamp`) as ISO 8601, as Postgres does in
 * JSON: `2024-05-01 10:34:56.789+00` becomes `2024-05-01T10:34:56.789+00:00`. Values outside the
 * plain form (`infinity`, BC dates, years after 9999) are returned as Postgres wrote them.
 */
export function formatTimestamp(text: string): string {
  const match = TIMESTAMP.exec(text);
  if (match === null) return text;
  const [, date, time, hours, minutes, seconds] = match;
  if (hours === undefined) return `${date}T${time}`;
  return `${date}T${time}${hours}${minutes ?? ':00'}${seconds ?? ''}`;
}

/** Parses an `int8` as a number when it is a safe integer, otherwise keeps its decimal string. */
export function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

/** Keeps a value's text form (used for `date`). */
export function keepText(text: string): string {
  return text;
}

/** Our parsers for element types, by OID; both engines use them (PGlite also for their arrays). */
export const postgresTextParsers: Readonly<Record<number, (text: string) => unknown>> = {
  [PostgresTypeOid.int8]: parseInt8,
  [PostgresTypeOid.date]: keepText,
  [PostgresTypeOid.timestamp]: formatTimestamp,
  [PostgresTypeOid.timestamptz]: formatTimestamp,
};

/** Array OIDs mapped to the OID of their element, for engines that need array parsers spelled out. */
export const postgresArrayElementOids: Readonly<Record<number, number>> = {
  [PostgresTypeOid.int8Array]: PostgresTypeOid.int8,
  [PostgresTypeOid.dateArray]: PostgresTypeOid.date,
  [PostgresTypeOid.timestampArray]: PostgresTypeOid.timestamp,
  [PostgresTypeOid.timestamptzArray]: PostgresTypeOid.timestamptz,
};
