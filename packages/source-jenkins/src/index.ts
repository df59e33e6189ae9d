// Public API of @faros-ce/source-jenkins. Named exports only.
export { globToRegExp, JobFilter } from './client/job-filter.js';
export type { JenkinsConfig } from './generated/config.js';
export type { JenkinsContext } from './jenkins-context.js';
export { JenkinsSource, jenkinsContext } from './jenkins-source.js';
export { connectionSpecification } from './spec.js';
export type { BuildCommit, BuildRecord } from './streams/build-record.js';
export type { JobRecord } from './streams/job-record.js';
