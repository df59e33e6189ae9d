import { type FarosRow, type FarosValue, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { commitRef, commitReferenceRows } from '../jira/github-refs.js';
import { RecordReader } from '../jira/record-reader.js';
import { buildStatus } from './build-status.js';
import { githubRepoOfRemote } from './git-remote.js';
import { buildRef, jenkinsHost, pipelineReferenceRows } from './jenkins-keys.js';

/**
 * `builds`: one `cicd_Build` per build (uid: the build number) on the pipeline of its job's
 * `fullName`, with `createdAt` and `startedAt` at Jenkins' `timestamp`, `endedAt` after `duration`
 * once finished, and the Faros status. Each git checkout of the build (`commits`) whose remote
 * is a GitHub-style `owner/name` gives a `cicd_BuildCommitAssociation` to the `vcs_Commit` of that
 * repository and sha: referenced by key only, so the commit the GitHub converters write keeps its
 * origin and columns. The pipeline and organisation are references too (`jobs` owns them).
 */
export const buildsConverter: Converter = {
  source: 'jenkins',
  stream: 'builds',
  ownedModels: ['cicd_Build', 'cicd_BuildCommitAssociation'],
  *convert(record: Readonly<Record<string, unknown>>): Iterable<FarosRow> {
    const build = RecordReader.of(record);
    const host = jenkinsHost(build.string('server'));
    const job = build.string('job');
    const number = build.number('number');
    if (!Number.isInteger(number) || number < 0) throw new Error(`number: expected a build number, got ${number}`);
    const building = build.optBoolean('building');
    const status = buildStatus(build.optString('result'), building);
    const self = buildRef(host, job, number);
    const values: Record<string, FarosValue> = {
      ...self.key,
      number,
      name: build.optString('fullDisplayName') ?? build.optString('displayName') ?? `${job} #${number}`,
      status: { category: status.category, detail: status.detail },
      url: build.optString('url') ?? null,
    };
    const timestamp = build.optNumber('timestamp');
    if (timestamp !== undefined) {
      values.createdAt = new Date(timestamp).toISOString();
      values.startedAt = values.createdAt;
      const duration = build.optNumber('duration');
      const running = status.category === 'Running';
      values.endedAt = !running && duration !== undefined ? new Date(timestamp + duration).toISOString() : null;
    }
    yield* pipelineReferenceRows(host, job);
    yield row('cicd_Build', values);

    const seen = new Set<string>();
    for (const commit of build.objects('commits')) {
      const sha = commit.string('sha').toLowerCase();
      const repo = commit
        .strings('remoteUrls')
        .map(githubRepoOfRemote)
        .find((r) => r !== undefined);
      if (repo === undefined) continue;
      const key = `${repo.owner}/${repo.name}@${sha}`.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      yield* commitReferenceRows(repo.owner, repo.name, sha);
      yield row('cicd_BuildCommitAssociation', { build: self, commit: commitRef(repo.owner, repo.name, sha) });
    }
  },
};
