import type { JsonSchema } from '@faros-ce/sdk';

const nullableString: JsonSchema = { type: ['string', 'null'] };
const nullableInteger: JsonSchema = { type: ['integer', 'null'] };

/** JSON schema of `builds` records. */
export const BUILD_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: true,
  required: ['job', 'number', 'server'],
  properties: {
    job: { type: 'string' },
    number: { type: 'integer' },
    id: { type: 'string' },
    displayName: nullableString,
    fullDisplayName: nullableString,
    result: { type: ['string', 'null'], enum: ['SUCCESS', 'FAILURE', 'UNSTABLE', 'ABORTED', 'NOT_BUILT', null] },
    building: { type: 'boolean' },
    timestamp: nullableInteger,
    duration: nullableInteger,
    estimatedDuration: nullableInteger,
    url: nullableString,
    causes: {
      type: 'array',
      items: { type: 'object', properties: { shortDescription: nullableString, userId: nullableString } },
    },
    parameters: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, value: {} } },
    },
    commits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['sha', 'remoteUrls'],
        properties: {
          sha: { type: 'string' },
          branch: nullableString,
          remoteUrls: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    server: { type: 'string' },
  },
};
