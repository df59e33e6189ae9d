import type { ConnectorSpecification } from '@faros-ce/sdk';

/**
 * The destination's config, hand-typed after {@link destinationSpec} (the SDK applies the spec's defaults
 * before the destination sees it, so defaulted fields are always present).
 */
export interface FarosDestinationConfig {
  readonly edition_configs: {
    readonly edition: 'community';
    readonly hasura_url: string;
    readonly hasura_admin_secret?: string;
    readonly [field: string]: unknown;
  };
  readonly origin?: string;
  readonly dry_run: boolean;
  /** In a dry run, print every converted row as a LOG line. */
  readonly log_records: boolean;
  readonly invalid_record_strategy: 'FAIL' | 'SKIP';
  readonly batch_size: number;
  readonly request_timeout_ms: number;
  readonly max_retries: number;
  readonly retry_delay_ms: number;
  readonly rows_per_request: number;
  readonly reset_page_size: number;
  /** PEM certificate(s) trusted for an https `hasura_url`. */
  readonly hasura_ca_cert?: string;
  readonly jira_story_points_field_id?: string;
  readonly jira_sprint_field_id?: string;
  readonly jira_epic_link_field_id?: string;
  readonly jira_max_description_length?: number;
  readonly reset_without_complete_status: boolean;
  readonly [field: string]: unknown;
}

/** Fields of the published Faros destination we accept and ignore (named in one warning when set). */
export const IGNORED_PUBLISHED_FIELDS: readonly string[] = [
  'accept_input_records_origin',
  'replace_origin_map',
  'exclude_fields_map',
  'redact_fields_map',
  'redact_custom_replace',
  'redact_custom_regex',
  'jsonata_expression',
  'jsonata_mode',
  'jsonata_destination_models',
  'source_specific_configs',
  'keep_alive',
  'skip_source_success_check',
  'faros_source_id',
  'fail_on_source_error',
  'debug',
];

/** Fields of the published destination's `edition_configs` (community) we accept and ignore. */
export const IGNORED_EDITION_FIELDS: readonly string[] = ['segment_user_id', 'community_graphql_batch_size'];

/** The connection specification: the published Faros destination's field names where they exist. */
export function destinationSpec(): ConnectorSpecification {
  return {
    documentationUrl: 'https://github.com/faros-ai/faros-community-edition',
    supportsIncremental: true,
    supported_destination_sync_modes: ['append', 'append_dedup', 'overwrite'],
    connectionSpecification: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Faros Destination (Community Edition)',
      type: 'object',
      required: ['edition_configs'],
      additionalProperties: true,
      properties: {
        edition_configs: {
          title: 'Edition',
          type: 'object',
          order: 0,
          required: ['edition', 'hasura_url'],
          additionalProperties: true,
          properties: {
            edition: { type: 'string', const: 'community', default: 'community', order: 0 },
            hasura_url: {
              title: 'Hasura URL',
              type: 'string',
              default: 'http://localhost:8080',
              description: 'The Faros CE Hasura endpoint (GraphQL at /v1/graphql).',
              order: 1,
            },
            hasura_admin_secret: {
              title: 'Hasura admin secret',
              type: 'string',
              airbyte_secret: true,
              description: 'Sent as X-Hasura-Admin-Secret.',
              order: 2,
            },
          },
        },
        origin: {
          title: 'Origin',
          type: 'string',
          description:
            'Stamped on every row this destination owns. Default: the stream name prefix (<origin>__<source>__<stream>).',
          order: 1,
        },
        dry_run: {
          title: 'Dry run',
          type: 'boolean',
          default: false,
          description: 'Convert every record and report what would be written and deleted; write nothing.',
          order: 2,
        },
        log_records: {
          title: 'Print converted rows in a dry run',
          type: 'boolean',
          default: false,
          order: 3,
        },
        invalid_record_strategy: {
          title: 'Invalid record strategy',
          type: 'string',
          enum: ['FAIL', 'SKIP'],
          default: 'SKIP',
          description:
            'SKIP rejects a record that cannot be converted or written (counted, logged); FAIL stops the sync.',
          order: 4,
        },
        batch_size: {
          title: 'Records per batch',
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 1000,
          order: 5,
        },
        rows_per_request: {
          title: 'Rows per Hasura request',
          type: 'integer',
          minimum: 1,
          default: 5000,
          description: 'A batch whose rows exceed this is sent in several requests (each one transaction).',
          order: 6,
        },
        request_timeout_ms: {
          title: 'Hasura request timeout (ms)',
          type: 'integer',
          minimum: 1,
          default: 60000,
          order: 7,
        },
        max_retries: {
          title: 'Retries of a failed Hasura request',
          type: 'integer',
          minimum: 0,
          maximum: 20,
          default: 5,
          order: 8,
        },
        retry_delay_ms: {
          title: 'First retry delay (ms); it doubles per retry',
          type: 'integer',
          minimum: 0,
          default: 500,
          order: 9,
        },
        hasura_ca_cert: {
          title: 'CA certificate for the Hasura URL (PEM)',
          type: 'string',
          multiline: true,
          order: 10,
        },
        reset_page_size: {
          title: 'Rows per page when deleting rows a full refresh no longer sees',
          type: 'integer',
          minimum: 1,
          default: 500,
          order: 11,
        },
        reset_without_complete_status: {
          title: 'Reset without COMPLETE statuses',
          type: 'boolean',
          default: false,
          description:
            'Delete rows an overwrite stream no longer sees even when the platform sent no COMPLETE status for it (at the end of a successful run).',
          order: 12,
        },
        jira_story_points_field_id: { title: 'Jira story points field id', type: 'string', order: 13 },
        jira_sprint_field_id: { title: 'Jira sprint field id', type: 'string', order: 14 },
        jira_epic_link_field_id: { title: 'Jira epic link field id', type: 'string', order: 15 },
        jira_max_description_length: {
          title: 'Jira description length limit (characters)',
          type: 'integer',
          minimum: 1,
          order: 16,
        },
      },
    },
  };
}
