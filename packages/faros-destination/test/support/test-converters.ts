// Tiny converters for the writer's end-to-end tests, so they do not wait on the real converters. Records:
// test_users {login, name?, email?}; test_prs {org, repo, number, title?, author?, created_at?, boom?};
// test_reviews {org, repo, number, id, state}; test_commits {org, repo, sha, message?};
// test_builds {host, job, number, org, repo, sha}.
import { type Converter, type FarosRow, type FarosValue, ref, referenceRow, row } from '@faros-ce/faros-destination';

type Data = Readonly<Record<string, unknown>>;

const org = (d: Data) => ref('vcs_Organization', { source: 'GitHub', uid: String(d.org) });
const repo = (d: Data) => ref('vcs_Repository', { organization: org(d), uid: String(d.repo) });
const repoRows = (d: Data): FarosRow[] => [
  referenceRow('vcs_Organization', { source: 'GitHub', uid: String(d.org) }),
  referenceRow('vcs_Repository', { organization: org(d), uid: String(d.repo) }),
];

const users: Converter = {
  source: 'github',
  stream: 'test_users',
  ownedModels: ['vcs_User'],
  *convert(d) {
    const values: Record<string, string> = { source: 'GitHub', uid: String(d.login) };
    if (typeof d.name === 'string') values.name = d.name;
    if (typeof d.email === 'string') values.email = d.email;
    yield row('vcs_User', values);
  },
};

const prs: Converter = {
  source: 'github',
  stream: 'test_prs',
  ownedModels: ['vcs_PullRequest'],
  *convert(d) {
    if (d.boom) throw new Error(`boom: field "boom" is ${String(d.boom)}`);
    yield* repoRows(d);
    const values: Record<string, FarosValue> = {
      repository: repo(d),
      uid: String(d.number),
      number: d.number as FarosValue,
    };
    if (d.title !== undefined) values.title = d.title as FarosValue;
    if (d.created_at !== undefined) values.createdAt = d.created_at as FarosValue;
    if (typeof d.author === 'string') {
      yield referenceRow('vcs_User', { source: 'GitHub', uid: d.author });
      values.author = ref('vcs_User', { source: 'GitHub', uid: d.author });
    }
    yield row('vcs_PullRequest', values);
  },
};

const reviews: Converter = {
  source: 'github',
  stream: 'test_reviews',
  ownedModels: ['vcs_PullRequestReview'],
  *convert(d) {
    const pullRequest = ref('vcs_PullRequest', { repository: repo(d), uid: String(d.number) });
    yield row('vcs_PullRequestReview', {
      pullRequest,
      uid: String(d.id),
      state: { category: String(d.state), detail: String(d.state) },
    });
  },
};

const commits: Converter = {
  source: 'github',
  stream: 'test_commits',
  ownedModels: ['vcs_Commit'],
  *convert(d) {
    yield* repoRows(d);
    yield row('vcs_Commit', {
      repository: repo(d),
      uid: String(d.sha),
      sha: String(d.sha),
      message: String(d.message ?? ''),
    });
  },
};

const builds: Converter = {
  source: 'jenkins',
  stream: 'test_builds',
  ownedModels: ['cicd_Build', 'cicd_BuildCommitAssociation'],
  *convert(d) {
    const organization = ref('cicd_Organization', { source: 'Jenkins', uid: String(d.host) });
    const pipeline = ref('cicd_Pipeline', { organization, uid: String(d.job) });
    const build = ref('cicd_Build', { pipeline, uid: String(d.number) });
    const commit = ref('vcs_Commit', { repository: repo(d), uid: String(d.sha) });
    yield row('cicd_Organization', { source: 'Jenkins', uid: String(d.host) });
    yield row('cicd_Pipeline', { organization, uid: String(d.job), name: String(d.job) });
    yield row('cicd_Build', { pipeline, uid: String(d.number), number: d.number as FarosValue });
    yield* repoRows(d);
    yield referenceRow('vcs_Commit', { repository: repo(d), uid: String(d.sha) });
    yield row('cicd_BuildCommitAssociation', { build, commit });
  },
};

/** Every test converter. */
export const TEST_CONVERTERS: readonly Converter[] = [users, prs, reviews, commits, builds];
