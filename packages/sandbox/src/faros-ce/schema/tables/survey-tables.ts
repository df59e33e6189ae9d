import { type FarosCeTable, fromJson, ref, table } from '../faros-ce-table.js';

/**
 * Surveys (`survey_*`): surveys, questions, responses, respondents and teams (the CE AI-Copilot
 * survey dashboards).
 */
export const surveyTables: readonly FarosCeTable[] = [
  table(
    'survey_Question',
    ['uid', 'source'],
    {
      uid: 'text!',
      question: 'text',
      description: 'text',
      questionCategory: 'jsonb',
      responseType: 'jsonb',
      source: 'text',
      questionCategoryCategory: fromJson('questionCategory', 'category'),
      questionCategoryDetail: fromJson('questionCategory', 'detail'),
      responseTypeCategory: fromJson('responseType', 'category'),
      responseTypeDetail: fromJson('responseType', 'detail'),
    },
    { unindexed: ['origin', 'question', 'description', 'questionCategory', 'responseType', 'source'] },
  ),
  table(
    'survey_QuestionResponse',
    ['uid', 'surveyQuestion'],
    {
      uid: 'text!',
      submittedAt: 'timestamptz',
      response: 'text',
      surveyQuestion: ref('survey_SurveyQuestionAssociation', { notNull: true }),
      respondent: ref('survey_User'),
      team: ref('survey_Team'),
    },
    { unindexed: ['origin', 'submittedAt', 'response'] },
  ),
  table(
    'survey_Survey',
    ['uid', 'source'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      type: 'jsonb',
      status: 'jsonb',
      startedAt: 'timestamptz',
      endedAt: 'timestamptz',
      creator: ref('survey_User'),
      stats: 'jsonb',
      source: 'text',
      typeCategory: fromJson('type', 'category'),
      typeDetail: fromJson('type', 'detail'),
      statusCategory: fromJson('status', 'category'),
      statusDetail: fromJson('status', 'detail'),
      questionCount: fromJson('stats', 'questionCount', { as: 'integer' }),
      invitationCount: fromJson('stats', 'invitationCount', { as: 'integer' }),
      responseCount: fromJson('stats', 'responseCount', { as: 'integer' }),
    },
    { unindexed: ['origin', 'name', 'description', 'type', 'status', 'startedAt', 'endedAt', 'stats', 'source'] },
  ),
  table(
    'survey_SurveyQuestionAssociation',
    ['survey', 'question'],
    {
      survey: ref('survey_Survey', { notNull: true }),
      question: ref('survey_Question', { notNull: true }),
      order: 'integer',
    },
    { unindexed: ['origin', 'order'] },
  ),
  table(
    'survey_Team',
    ['uid', 'source'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      source: 'text!',
    },
    { unindexed: ['origin', 'name', 'description'] },
  ),
  table(
    'survey_User',
    ['uid', 'source'],
    {
      uid: 'text!',
      email: 'text',
      name: 'text',
      source: 'text!',
    },
    { unindexed: ['origin', 'email', 'name', 'source'] },
  ),
];
