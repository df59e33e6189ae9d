import type { JsonSchema } from '@faros-ce/sdk';

/** A JSON type that may also be null. */
export function nullable(type: string): JsonSchema {
  return { type: ['null', type] };
}

/** An open object schema: the listed fields are typed, Jira's others pass. */
export function record(properties: Record<string, JsonSchema>): JsonSchema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: true, properties };
}

/** Common field types. */
export const S = {
  string: nullable('string'),
  integer: nullable('integer'),
  number: nullable('number'),
  boolean: nullable('boolean'),
  object: nullable('object'),
  array: nullable('array'),
  /** Jira ids are strings on the platform API, numbers on the agile one. */
  id: { type: ['string', 'integer'] },
  /** Jira writes `2025-06-02T09:00:00.000+0000` (no colon in the offset), so no `date-time` format. */
  time: nullable('string'),
} satisfies Record<string, JsonSchema>;
