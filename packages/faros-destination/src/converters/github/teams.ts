import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { teamRef } from './github-keys.js';
import { knownValues } from './row-values.js';

/** `teams`: the `vcs_Team` of each team of an organisation. */
export const teamsConverter: Converter = {
  source: 'github',
  stream: 'teams',
  ownedModels: ['vcs_Team'],
  convert: function* convertTeam(record: RecordObject): Iterable<FarosRow> {
    const slug = requiredString(record, 'slug');
    yield row(
      'vcs_Team',
      knownValues({
        ...teamRef(requiredString(record, 'organization'), slug).key,
        name: optionalString(record, 'name') ?? slug,
        description: optionalString(record, 'description') ?? null,
      }),
    );
  },
};
