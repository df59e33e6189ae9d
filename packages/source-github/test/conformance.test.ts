import { describeSourceConformance, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

// Started at import: the suite takes its config when the tests are declared.
const gh = await startGithubSandbox({ seed: 3 });
afterAll(() => gh.close());

describe('GitHub source against the sandbox', () => {
  // The incremental check resumes every incremental stream from several checkpoints: minutes, not seconds.
  const slowIt = (name: string, body: () => Promise<void>) => it(name, body, 900_000);
  describeSourceConformance({ describe, it: slowIt }, 'source-github', {
    subject: inProcess(new GithubSource()),
    config: gh.config,
    invalidConfig: {
      ...gh.config,
      credentials: { option_title: 'PAT Credentials', personal_access_token: 'ghp_wrong' },
    },
  });
});
