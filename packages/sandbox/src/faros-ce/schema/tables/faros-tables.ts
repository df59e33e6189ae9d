import { type FarosCeTable, fromJson, ref, table } from '../faros-ce-table.js';

/** Metrics (`faros_*`): metric definitions and values and their tags (GitHub Copilot metrics). */
export const farosTables: readonly FarosCeTable[] = [
  table(
    'faros_MetricDefinition',
    ['uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      valueType: 'jsonb',
      url: 'text',
      valueSource: 'jsonb',
      valueTypeCategory: fromJson('valueType', 'category'),
      valueTypeDetail: fromJson('valueType', 'detail'),
      valueSourceCategory: fromJson('valueSource', 'category'),
      valueSourceDetail: fromJson('valueSource', 'detail'),
    },
    { unindexed: ['origin', 'uid', 'description', 'url', 'valueSource'], btree: ['valueType'] },
  ),
  table(
    'faros_MetricValue',
    ['definition', 'uid'],
    {
      uid: 'text!',
      value: 'text',
      computedAt: 'timestamptz',
      definition: ref('faros_MetricDefinition'),
    },
    { unindexed: ['origin', 'uid', 'value'] },
  ),
  table(
    'faros_MetricValueTag',
    ['value', 'tag'],
    {
      value: ref('faros_MetricValue'),
      tag: ref('faros_Tag'),
    },
    { unindexed: ['origin'] },
  ),
  table(
    'faros_Tag',
    ['uid'],
    {
      uid: 'text!',
      key: 'text',
      value: 'text',
    },
    { unindexed: ['origin', 'uid'] },
  ),
];
