import type { ConnectorSpecification } from '@faros-ce/sdk';

/**
 * The connection specification of the GitHub source: credentials (a token or a GitHub App), the
 * repositories to read, the start date, the API URL (GitHub Enterprise Server too) and tuning knobs.
 * `src/generated/config.ts` is generated from it (`npm run generate:config`).
 */
export const spec: ConnectorSpecification = {
  documentationUrl: 'https://github.com/faros-ai/faros-ce-connectors/tree/main/packages/source-github',
  connectionSpecification: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'GitHub Source Spec',
    type: 'object',
    required: ['credentials', 'repositories'],
    additionalProperties: true,
    properties: {
      credentials: {
        title: 'Authentication',
        description: 'A personal access token, or a GitHub App installation.',
        type: 'object',
        order: 0,
        oneOf: [
          {
            title: 'Personal access token',
            type: 'object',
            required: ['option_title', 'personal_access_token'],
            properties: {
              option_title: { type: 'string', const: 'PAT Credentials', order: 0 },
              personal_access_token: {
                type: 'string',
                title: 'Personal access token',
                description: 'A classic or fine-grained token; the README lists the scopes each stream needs.',
                airbyte_secret: true,
                order: 1,
              },
            },
          },
          {
            title: 'GitHub App',
            type: 'object',
            required: ['option_title', 'app_id', 'installation_id', 'private_key'],
            properties: {
              option_title: { type: 'string', const: 'GitHub App Credentials', order: 0 },
              app_id: {
                type: 'string',
                title: 'App ID',
                description: 'The GitHub App id.',
                airbyte_secret: true,
                order: 1,
              },
              installation_id: {
                type: 'string',
                title: 'Installation ID',
                description: 'The id of the app installation on the organisation.',
                airbyte_secret: true,
                order: 2,
              },
              private_key: {
                type: 'string',
                title: 'Private key',
                description: "The app's private key (PEM).",
                airbyte_secret: true,
                multiline: true,
                order: 3,
              },
            },
          },
        ],
      },
      repositories: {
        type: 'array',
        title: 'Repositories',
        description:
          'Repositories to read: `owner/repo`, every repository of an owner `owner/*`, or a prefix `owner/web-*`.',
        items: { type: 'string', pattern: '^[\\w.-]+/(\\*|[\\w.-]+\\*?)$' },
        minItems: 1,
        examples: ['airbytehq/airbyte', 'airbytehq/*'],
        order: 1,
      },
      start_date: {
        type: 'string',
        title: 'Start date',
        description: 'Incremental streams read nothing older than this date (UTC). Empty: everything.',
        format: 'date-time',
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
        pattern_descriptor: 'YYYY-MM-DDTHH:mm:ssZ',
        examples: ['2024-01-01T00:00:00Z'],
        order: 2,
      },
      api_url: {
        type: 'string',
        title: 'API URL',
        description:
          'REST API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server (GraphQL is then read at https://HOST/api/graphql).',
        format: 'uri',
        default: 'https://api.github.com',
        order: 3,
      },
      branches: {
        type: 'array',
        title: 'Branches',
        description:
          'Branches whose commits to read, as `owner/repo/branch`. Repositories not listed: their default branch.',
        items: { type: 'string' },
        examples: ['airbytehq/airbyte/master'],
        order: 4,
      },
      page_size: {
        type: 'integer',
        title: 'Page size',
        description: 'Items per REST page and pull requests per GraphQL page (GitHub allows at most 100).',
        minimum: 1,
        maximum: 100,
        default: 100,
        order: 5,
      },
      concurrency: {
        type: 'integer',
        title: 'Concurrency',
        description: 'Repositories read at once.',
        minimum: 1,
        maximum: 25,
        default: 4,
        order: 6,
      },
      max_rate_limit_wait_minutes: {
        type: 'integer',
        title: 'Rate-limit wait',
        description: 'Longest total wait for rate limits in one sync before the stream fails (minutes).',
        minimum: 1,
        maximum: 240,
        default: 65,
        order: 7,
      },
    },
  },
};
