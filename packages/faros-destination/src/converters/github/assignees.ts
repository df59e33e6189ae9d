import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { type RecordObject, requiredString } from '../record-fields.js';
import { tmsUserRef } from './github-tms-keys.js';

/** `assignees`: the `tms_User` of each account issues can be assigned to (issues are tasks in CE). */
export const assigneesConverter: Converter = {
  source: 'github',
  stream: 'assignees',
  ownedModels: ['tms_User'],
  convert: function* convertAssignee(record: RecordObject): Iterable<FarosRow> {
    const login = requiredString(record, 'login');
    yield row('tms_User', { ...tmsUserRef(login).key, name: login });
  },
};
