import { describeSourceConformance, inProcess } from '@faros-ce/sdk/testing';
import { afterAll, describe, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

// Started at import: the suite takes its configs when the tests are declared.
const sandbox = await startJiraSandbox();
afterAll(() => sandbox.close());

for (const flavor of FLAVORS) {
  const config = jiraConfig(sandbox, flavor);
  const wrong = flavor === 'cloud' ? { api_token: 'not-the-token' } : { personal_access_token: 'not-the-token' };
  describe(`Jira ${flavor}`, () => {
    describeSourceConformance({ describe, it }, `source-jira (${flavor})`, {
      subject: inProcess(new JiraSource()),
      config,
      invalidConfig: { ...config, ...wrong },
    });
  });
}
