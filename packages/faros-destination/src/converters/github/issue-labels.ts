import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { type RecordObject, requiredString } from '../record-fields.js';

/** `issue_labels`: the `tms_Label` of each label a repository defines (labels are keyed by name alone). */
export const issueLabelsConverter: Converter = {
  source: 'github',
  stream: 'issue_labels',
  ownedModels: ['tms_Label'],
  convert: function* convertIssueLabel(record: RecordObject): Iterable<FarosRow> {
    yield row('tms_Label', { name: requiredString(record, 'name') });
  },
};
