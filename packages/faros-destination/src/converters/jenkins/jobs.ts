import { type FarosRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { RecordReader } from '../jira/record-reader.js';
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
    const job = RecordReader.of(record);
    const server = job.string('server');
    const host = jenkinsHost(server);
    const fullName = job.string('fullName');
    yield row('cicd_Organization', { ...organizationKey(host), name: host, url: server });
    if (CONTAINER_CLASS.test(job.optString('_class') ?? '')) return;
    const pipeline = pipelineRef(host, fullName);
    yield row('cicd_Pipeline', {
      ...pipeline.key,
      name: job.optString('fullDisplayName') ?? job.optString('displayName') ?? fullName,
      url: job.optString('url') ?? null,
    });
  },
};
