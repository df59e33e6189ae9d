import type { ConnectorSpecification } from '@faros-ce/sdk';

/** The connection specification: what the Airbyte UI shows and what `check` validates against. */
export const spec: ConnectorSpecification = {
  documentationUrl: 'https://github.com/faros-ai/faros-ce-connectors/tree/main/packages/source-jira',
  connectionSpecification: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Jira Source Spec',
    type: 'object',
    required: ['domain'],
    additionalProperties: true,
    properties: {
      domain: {
        type: 'string',
        title: 'Domain or URL',
        description:
          'Your Jira site: a domain such as acme.atlassian.net (https is assumed) or a full URL such as https://jira.acme.com/jira.',
        examples: ['acme.atlassian.net', 'https://jira.acme.com'],
        order: 0,
      },
      email: {
        type: 'string',
        title: 'Email (Cloud)',
        description: 'Jira Cloud: the email of the Atlassian account the API token belongs to.',
        order: 1,
      },
      api_token: {
        type: 'string',
        title: 'API token (Cloud)',
        description: 'Jira Cloud: an API token of that account (id.atlassian.com → Security → API tokens).',
        airbyte_secret: true,
        order: 2,
      },
      personal_access_token: {
        type: 'string',
        title: 'Personal access token (Data Center)',
        description: 'Jira Data Center / Server 8.14+: a personal access token, sent as a bearer token.',
        airbyte_secret: true,
        order: 3,
      },
      deployment: {
        type: 'string',
        title: 'Deployment',
        description:
          'Cloud or Data Center. `auto` asks the site (`myself`: Cloud answers REST v3 with an accountId; Data Center has no v3).',
        enum: ['auto', 'cloud', 'data_center'],
        default: 'auto',
        order: 4,
      },
      projects: {
        type: 'array',
        title: 'Projects',
        description: 'Project keys to read. Empty means every project the account can see.',
        items: { type: 'string' },
        default: [],
        order: 5,
      },
      start_date: {
        type: 'string',
        title: 'Start date',
        description: 'Read issues updated at or after this time (UTC). Empty means all issues.',
        pattern: '^$|^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
        examples: ['2024-01-01T00:00:00Z'],
        order: 6,
      },
      expand_changelog: {
        type: 'boolean',
        title: 'Expand changelogs',
        description:
          'Issues carry their full changelog (`changelog.histories`), fetched per issue beyond what search embeds. Needed for status history in Faros.',
        default: true,
        order: 7,
      },
      page_size: {
        type: 'integer',
        title: 'Page size',
        description: 'Items asked for per page (Jira Cloud caps issue search pages at 100).',
        minimum: 1,
        maximum: 100,
        default: 100,
        order: 8,
      },
      concurrency_limit: {
        type: 'integer',
        title: 'Concurrency limit',
        description: 'Projects, boards or sprints read at once.',
        minimum: 1,
        maximum: 16,
        default: 4,
        order: 9,
      },
      checkpoint_every: {
        type: 'integer',
        title: 'Checkpoint every',
        description: 'Issues between two saved states of the incremental issue streams.',
        minimum: 1,
        default: 500,
        order: 10,
      },
    },
  },
};
