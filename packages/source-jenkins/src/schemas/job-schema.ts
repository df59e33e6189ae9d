import type { JsonSchema } from '@faros-ce/sdk';

const nullableString: JsonSchema = { type: ['string', 'null'] };
const buildRef: JsonSchema = {
  type: ['object', 'null'],
  properties: { number: { type: 'integer' }, url: nullableString },
};

/** JSON schema of `jobs` records. */
export const JOB_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: true,
  required: ['fullName', 'name', 'server'],
  properties: {
    fullName: { type: 'string' },
    name: { type: 'string' },
    displayName: nullableString,
    fullDisplayName: nullableString,
    url: nullableString,
    _class: nullableString,
    parent: nullableString,
    buildable: { type: 'boolean' },
    color: nullableString,
    lastBuild: buildRef,
    lastCompletedBuild: buildRef,
    healthReport: {
      type: 'array',
      items: {
        type: 'object',
        properties: { score: { type: ['integer', 'null'] }, description: nullableString },
      },
    },
    server: { type: 'string' },
  },
};
