import { type FarosCeTable, ref, table } from '../faros-ce-table.js';

/**
 * Applications (`compute_*`): applications that deployments and incidents point at, with their
 * metrics and source repositories.
 */
export const computeTables: readonly FarosCeTable[] = [
  table('compute_Application', ['uid'], {
    uid: 'text!',
    name: 'text',
    platform: 'text',
  }),
  table(
    'compute_ApplicationMetric',
    ['application', 'value'],
    {
      application: ref('compute_Application', { notNull: true }),
      value: ref('faros_MetricValue', { notNull: true }),
    },
    { unindexed: ['origin'] },
  ),
  table('compute_ApplicationSource', ['application', 'repository'], {
    application: ref('compute_Application'),
    repository: ref('vcs_Repository'),
  }),
];
