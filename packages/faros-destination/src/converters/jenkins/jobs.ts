import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { optionalString, requiredString } from '../record-fields.js';
import { jenkinsHost, organizationKey, pipelineRef } from './jenkins-keys.js';

// Items that hold jobs rather than run builds: folders, organisation folders, multibranch projects.
const CONTAINER_CLASS = /Folder$|MultiBranchProject$|OrganizationFolder$/;

/**
 * `jobs`: the `cicd_Organization` of the Jenkins controller (uid: the host of `server`) and one
 * `cicd_Pipeline` per buildable item, uid = the job's `fullName` exactly as `builds` records name
 * it (`job`), so builds of foldered jobs land on the same pipeline. Folders and multibranch
 * projects are not pipelines: their branch jobs are.
 */
export const jobsConverter: Converter = {
  source: 'jenkins',
  stream: 'jobs',
  ownedModels: ['cicd_Organization', 'cicd_Pipeline'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const server = requiredString(record, 'server');
    const host = jenkinsHost(server);
    const fullName = requiredString(record, 'fullName');
    yield row('cicd_Organization', { ...organizationKey(host), name: host, url: server });
    if (CONTAINER_CLASS.test(optionalString(record, '_class') ?? '')) return;
    const pipeline = pipelineRef(host, fullName);
    yield row('cicd_Pipeline', {
      ...pipeline.key,
      name: optionalString(record, 'fullDisplayName') ?? optionalString(record, 'displayName') ?? fullName,
      url: optionalString(record, 'url') ?? null,
    });
  },
};
