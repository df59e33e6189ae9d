import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';
import { fieldError } from '../record-fields.js';

/** The `source` value of every Jenkins row, exactly as the CE dashboards expect it. */
export const JENKINS_SOURCE = 'Jenkins';

/**
 * The organisation uid of a Jenkins controller: the host (with its port when not the default) of
 * its base URL `server`, lower-case, so `https://CI.example.com/` and `https://ci.example.com` agree.
 * Throws an `Error` naming `field` when `server` is not a URL.
 */
export function jenkinsHost(server: string, field = 'server'): string {
  try {
    const host = new URL(server).host.toLowerCase();
    if (host !== '') return host;
  } catch {
    // reported below
  }
  throw fieldError(field, `expected the Jenkins base URL, got ${JSON.stringify(server)}`);
}

/** Natural key of the `cicd_Organization` of a Jenkins controller. */
export function organizationKey(host: string): { source: string; uid: string } {
  return { source: JENKINS_SOURCE, uid: host };
}

/** Reference to the `cicd_Pipeline` of a job: uid = the job's `fullName` (`folder/sub/job`). */
export function pipelineRef(host: string, fullName: string): FarosRef {
  return ref('cicd_Pipeline', { organization: ref('cicd_Organization', organizationKey(host)), uid: fullName });
}

/** Key-only rows of a job's pipeline and its organisation. */
export function pipelineReferenceRows(host: string, fullName: string): FarosRow[] {
  return [
    referenceRow('cicd_Organization', organizationKey(host)),
    referenceRow('cicd_Pipeline', pipelineRef(host, fullName).key),
  ];
}

/** Reference to build `number` of a job. */
export function buildRef(host: string, fullName: string, number: number): FarosRef {
  return ref('cicd_Build', { pipeline: pipelineRef(host, fullName), uid: String(number) });
}
