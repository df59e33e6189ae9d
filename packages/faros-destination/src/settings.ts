import type { ConverterSettings } from './converters/converter.js';
import { type FarosDestinationConfig, IGNORED_EDITION_FIELDS, IGNORED_PUBLISHED_FIELDS } from './spec.js';

/** The config, resolved into what the runtime uses. */
export interface DestinationSettings {
  readonly hasuraUrl: string;
  readonly adminSecret: string | undefined;
  readonly origin: string | undefined;
  readonly dryRun: boolean;
  readonly logRecords: boolean;
  readonly failOnInvalid: boolean;
  readonly batchSize: number;
  readonly rowsPerRequest: number;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly retryDelayMs: number;
  readonly ca: string | undefined;
  readonly resetPageSize: number;
  readonly resetWithoutComplete: boolean;
  readonly converter: ConverterSettings;
  /** Fields of the published destination that were set and that we ignore. */
  readonly ignoredFields: readonly string[];
}

/** Resolves a validated config (spec defaults applied). */
export function resolveSettings(config: FarosDestinationConfig): DestinationSettings {
  const edition = config.edition_configs;
  const ignoredFields = [
    ...IGNORED_PUBLISHED_FIELDS.filter((f) => config[f] !== undefined),
    ...IGNORED_EDITION_FIELDS.filter((f) => edition[f] !== undefined).map((f) => `edition_configs.${f}`),
  ];
  const converter: ConverterSettings = {
    jiraStoryPointsFieldId: config.jira_story_points_field_id,
    jiraSprintFieldId: config.jira_sprint_field_id,
    jiraEpicLinkFieldId: config.jira_epic_link_field_id,
    jiraMaxDescriptionLength: config.jira_max_description_length,
  };
  return {
    hasuraUrl: edition.hasura_url,
    adminSecret: edition.hasura_admin_secret || undefined,
    origin: config.origin || undefined,
    dryRun: config.dry_run === true,
    logRecords: config.log_records === true,
    failOnInvalid: config.invalid_record_strategy === 'FAIL',
    batchSize: config.batch_size ?? 1000,
    rowsPerRequest: config.rows_per_request ?? 5000,
    timeoutMs: config.request_timeout_ms ?? 60_000,
    maxRetries: config.max_retries ?? 5,
    retryDelayMs: typeof config.retry_delay_ms === 'number' ? config.retry_delay_ms : 500,
    ca: config.hasura_ca_cert || undefined,
    resetPageSize: config.reset_page_size ?? 500,
    resetWithoutComplete: config.reset_without_complete_status === true,
    converter: Object.fromEntries(Object.entries(converter).filter(([, v]) => v !== undefined)) as ConverterSettings,
    ignoredFields,
  };
}
