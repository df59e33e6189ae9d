import type { FarosRow } from '../models/faros-row.js';

/** The source systems the destination converts records of (the source-type segment of a stream name). */
export type SourceType = 'github' | 'jira' | 'jenkins';

/** The destination settings converters read. */
export interface ConverterSettings {
  /** Jira custom-field ids; absent ones are detected by field name from the `issue_fields` stream. */
  readonly jiraStoryPointsFieldId?: string;
  readonly jiraSprintFieldId?: string;
  readonly jiraEpicLinkFieldId?: string;
  /** Jira descriptions longer than this many characters are cut (default: no limit). */
  readonly jiraMaxDescriptionLength?: number;
}

/** What a converter gets besides the record. */
export interface ConverterContext {
  /** The origin stamped on the rows of this stream (the writer stamps it; converters may read it). */
  readonly origin: string;
  /** The full stream name as the catalog gives it, e.g. `mygithub__github__pull_requests`. */
  readonly streamName: string;
  readonly settings: ConverterSettings;
  /**
   * Facts one run's converters share across records and streams, by key (e.g. the Jira field ids that
   * `issue_fields` detected, read later by `issues`). Keys are prefixed with the source type.
   */
  readonly shared: Map<string, unknown>;
  /** Logs a warning; the runtime logs each distinct message once. */
  warn(message: string): void;
}

/**
 * Turns the records of one source stream into Faros CE rows. One converter per stream; the router picks it
 * by the stream name's last two `__` segments (`<source>__<stream>`).
 */
export interface Converter {
  readonly source: SourceType;
  /** The stream name without prefix, e.g. `pull_requests`. */
  readonly stream: string;
  /**
   * The models whose rows this stream owns: after a full refresh (overwrite) of this stream, rows of these
   * models with the stream's origin that the sync did not see are deleted.
   */
  readonly ownedModels: readonly string[];
  /**
   * The rows one record becomes, parents and children in any order (the writer orders them by the
   * schema's references). A record that cannot be converted throws an `Error` whose message names the
   * field at fault; the runtime rejects that record with the message.
   */
  convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow>;
}
