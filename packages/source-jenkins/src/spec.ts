// The connection specification. Plain data with no imports, so scripts/generate-config.mjs can load
// it directly to generate src/generated/config.ts.

/** JSON schema of the source's config, with Airbyte UI hints (`order`, `airbyte_secret`). */
export const connectionSpecification = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Jenkins Source Spec',
  type: 'object',
  required: ['server_url'],
  additionalProperties: true,
  properties: {
    server_url: {
      type: 'string',
      title: 'Jenkins URL',
      description: 'Base URL of the Jenkins controller, e.g. https://ci.example.com/ (without credentials).',
      format: 'uri',
      pattern: '^https?://',
      examples: ['https://ci.example.com/'],
      order: 0,
    },
    user: {
      type: 'string',
      title: 'User',
      description: 'Jenkins user name. Leave user and token empty for anonymous read access.',
      order: 1,
    },
    token: {
      type: 'string',
      title: 'API token',
      description: "The user's API token (Jenkins: user menu, Security, API Token). Sent in a Basic header only.",
      airbyte_secret: true,
      order: 2,
    },
    depth: {
      type: 'integer',
      title: 'Folder depth',
      description:
        'How many folder levels to descend below the top level (0: top-level jobs only). Absent: every level found.',
      minimum: 0,
      maximum: 50,
      order: 3,
    },
    include_jobs: {
      type: 'array',
      title: 'Jobs to include',
      description:
        'Glob patterns on job full names (`team/*/main`; `*` stays within a folder, `**` crosses folders). Empty: every job.',
      items: { type: 'string' },
      default: [],
      order: 4,
    },
    exclude_jobs: {
      type: 'array',
      title: 'Jobs to exclude',
      description: 'Glob patterns on full names of jobs or folders to skip (a skipped folder is not walked).',
      items: { type: 'string' },
      default: [],
      order: 5,
    },
    max_builds_per_job: {
      type: 'integer',
      title: 'Builds per job on the first sync',
      description: 'How many of the newest builds of each job the first sync reads. Absent: all of them.',
      minimum: 1,
      order: 6,
    },
    start_date: {
      type: 'string',
      title: 'Start date',
      description: 'Builds scheduled before this time are not read (ISO 8601 date or date-time).',
      format: 'date-time',
      examples: ['2024-01-01T00:00:00Z'],
      order: 7,
    },
    page_size: {
      type: 'integer',
      title: 'Page size',
      description: 'Builds (and folder items) per request.',
      minimum: 1,
      maximum: 1000,
      default: 100,
      order: 8,
    },
    concurrency: {
      type: 'integer',
      title: 'Concurrency',
      description: 'Jobs whose builds are read at the same time.',
      minimum: 1,
      maximum: 16,
      default: 4,
      order: 9,
    },
  },
} as const;
