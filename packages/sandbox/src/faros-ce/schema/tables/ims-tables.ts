import { type FarosCeTable, fromJson, ref, table } from '../faros-ce-table.js';

/**
 * Incident management (`ims_*`): incidents, their events, assignments, tags, impacted applications
 * and teams. No GitHub, Jira or Jenkins converter writes these; they complete the CE schema.
 */
export const imsTables: readonly FarosCeTable[] = [
  table(
    'ims_Incident',
    ['source', 'uid'],
    {
      uid: 'text!',
      title: 'text',
      description: 'text',
      url: 'text',
      severity: 'jsonb',
      priority: 'jsonb',
      status: 'jsonb',
      createdAt: 'timestamptz',
      updatedAt: 'timestamptz',
      acknowledgedAt: 'timestamptz',
      resolvedAt: 'timestamptz',
      source: 'text',
      severityDetail: fromJson('severity', 'detail'),
      severityCategory: fromJson('severity', 'category'),
      priorityDetail: fromJson('priority', 'detail'),
      priorityCategory: fromJson('priority', 'category'),
      statusDetail: fromJson('status', 'detail'),
      statusCategory: fromJson('status', 'category'),
    },
    { unindexed: ['description', 'url'] },
  ),
  table('ims_IncidentApplicationImpact', ['incident', 'application'], {
    incident: ref('ims_Incident'),
    application: ref('compute_Application'),
  }),
  table('ims_IncidentAssignment', ['incident', 'assignee'], {
    incident: ref('ims_Incident'),
    assignee: ref('ims_User'),
  }),
  table('ims_IncidentEvent', ['incident', 'uid'], {
    uid: 'text!',
    type: 'jsonb',
    createdAt: 'timestamptz',
    detail: 'text',
    incident: ref('ims_Incident'),
    typeDetail: fromJson('type', 'detail'),
    typeCategory: fromJson('type', 'category'),
  }),
  table('ims_IncidentTag', ['incident', 'label'], {
    incident: ref('ims_Incident'),
    label: ref('ims_Label'),
  }),
  table('ims_IncidentTasks', ['incident', 'task'], {
    incident: ref('ims_Incident'),
    task: ref('tms_Task'),
  }),
  table('ims_Label', ['name'], {
    name: 'text',
  }),
  table(
    'ims_Team',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      url: 'text',
      source: 'text',
    },
    { unindexed: ['url'] },
  ),
  table('ims_TeamIncidentAssociation', ['incident', 'team'], {
    incident: ref('ims_Incident'),
    team: ref('ims_Team'),
  }),
  table('ims_User', ['source', 'uid'], {
    uid: 'text!',
    email: 'text',
    name: 'text',
    source: 'text',
  }),
];
