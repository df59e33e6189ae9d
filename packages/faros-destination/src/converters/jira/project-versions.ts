import { type FarosRow, type FarosValue, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { optionalBoolean, optionalId, optionalString, requiredId } from '../record-fields.js';
import { jiraKey, jiraReferenceRow, projectRef, releaseRef, truncate } from './jira-keys.js';
import { projectKeysById } from './jira-shared.js';
import { jiraIsoTime } from './jira-time.js';

/**
 * `project_versions` (`GET /rest/api/3/project/{key}/version`): one `tms_Release` per version and its
 * `tms_ProjectReleaseRelationship`. `releasedAt` is the release date of a released version only (a
 * planned date is not a release). Records name their project by id; the key comes from the record's
 * `project` field when present, else from what `projects` (or `issues`, `boards`) saw earlier.
 */
export const projectVersionsConverter: Converter = {
  source: 'jira',
  stream: 'project_versions',
  ownedModels: ['tms_Release', 'tms_ProjectReleaseRelationship'],
  *convert(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
    const id = requiredId(record, 'id');
    const values: Record<string, FarosValue> = { ...jiraKey(id), name: optionalString(record, 'name') ?? null };
    const description = optionalString(record, 'description');
    values.description = description ? truncate(description, context.settings.jiraMaxDescriptionLength) : null;
    const start = optionalString(record, 'startDate');
    values.startedAt = start === undefined ? null : jiraIsoTime(start, 'startDate');
    const released = optionalBoolean(record, 'released') ?? false;
    const releaseDate = optionalString(record, 'releaseDate');
    values.releasedAt = released && releaseDate !== undefined ? jiraIsoTime(releaseDate, 'releaseDate') : null;
    yield row('tms_Release', values);

    const projectId = optionalId(record, 'projectId');
    const projectKey =
      optionalString(record, 'project') ??
      (projectId === undefined ? undefined : projectKeysById(context).get(projectId));
    if (projectKey === undefined) {
      context.warn(
        `jira project_versions: project key of project id ${projectId ?? '?'} unknown (sync projects first); release not linked to its project`,
      );
      return;
    }
    yield jiraReferenceRow('tms_Project', projectKey);
    yield row('tms_ProjectReleaseRelationship', { project: projectRef(projectKey), release: releaseRef(id) });
  },
};
