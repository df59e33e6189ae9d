import type { ConnectorSpecification } from '@faros-ce/sdk';

/** The example source's config, as its spec describes it. */
export interface ExampleConfig {
  api_url: string;
  api_token: string;
  page_size: number;
  concurrency: number;
  checkpoint_every: number;
}

/** The connection specification: what the Airbyte UI shows, what `check` validates against. */
export const spec: ConnectorSpecification = {
  documentationUrl: 'https://github.com/faros-ai/faros-ce-connectors/tree/main/packages/sdk/examples/http-source',
  connectionSpecification: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Example HTTP Source',
    type: 'object',
    required: ['api_url', 'api_token'],
    additionalProperties: true,
    properties: {
      api_url: {
        type: 'string',
        title: 'API URL',
        description: 'Base URL of the example API, e.g. http://127.0.0.1:8080',
        format: 'uri',
        order: 0,
      },
      api_token: {
        type: 'string',
        title: 'API token',
        description: 'Bearer token for the API.',
        airbyte_secret: true,
        order: 1,
      },
      page_size: {
        type: 'integer',
        title: 'Page size',
        description: 'Items per page.',
        minimum: 1,
        maximum: 100,
        default: 50,
        order: 2,
      },
      concurrency: {
        type: 'integer',
        title: 'Concurrency',
        description: 'Departments whose notes are read at once.',
        minimum: 1,
        maximum: 8,
        default: 2,
        order: 3,
      },
      checkpoint_every: {
        type: 'integer',
        title: 'Checkpoint every',
        description: 'Employees between two state checkpoints.',
        minimum: 1,
        default: 100,
        order: 4,
      },
    },
  },
};
