import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, type RecordObject, requiredString } from '../record-fields.js';
import { pipelineRef } from './github-cicd-keys.js';
import { orgKey, repositoryOf } from './github-keys.js';
import { knownValues } from './row-values.js';

/**
 * `workflows`: the `cicd_Pipeline` of a GitHub Actions workflow under the owner's `cicd_Organization`.
 * Its name is `<repo>/<workflow name>`: workflows of different repositories are often all called `CI`,
 * and the builds dashboard groups by pipeline name.
 */
export const workflowsConverter: Converter = {
  source: 'github',
  stream: 'workflows',
  ownedModels: ['cicd_Pipeline'],
  convert: function* convertWorkflow(record: RecordObject): Iterable<FarosRow> {
    const repo = repositoryOf(record);
    const name = requiredString(record, 'name');
    yield referenceRow('cicd_Organization', orgKey(repo.owner));
    yield row(
      'cicd_Pipeline',
      knownValues({
        ...pipelineRef(repo, name).key,
        name: `${repo.name}/${name}`,
        description: optionalString(record, 'path'),
        url: optionalString(record, 'html_url'),
      }),
    );
  },
};
