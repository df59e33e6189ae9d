import { type FarosRow, type FarosValue, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import { commitRef, commitReferenceRows } from '../github/github-keys.js';
import {
  fieldError,
  optionalBoolean,
  optionalNumber,
  optionalString,
  optionalStrings,
  requiredNumber,
  requiredString,
  withinObjects,
} from '../record-fields.js';
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
    const host = jenkinsHost(requiredString(record, 'server'));
    const job = requiredString(record, 'job');
    const number = requiredNumber(record, 'number');
    if (!Number.isInteger(number) || number < 0) throw fieldError('number', `expected a build number, got ${number}`);
    const building = optionalBoolean(record, 'building');
    const status = buildStatus(optionalString(record, 'result'), building);
    const self = buildRef(host, job, number);
    const values: Record<string, FarosValue> = {
      ...self.key,
      number,
      name: optionalString(record, 'fullDisplayName') ?? optionalString(record, 'displayName') ?? `${job} #${number}`,
      status: { category: status.category, detail: status.detail },
      url: optionalString(record, 'url') ?? null,
    };
    const timestamp = optionalNumber(record, 'timestamp');
    if (timestamp !== undefined) {
      values.createdAt = new Date(timestamp).toISOString();
      values.startedAt = values.createdAt;
      const duration = optionalNumber(record, 'duration');
      const running = status.category === 'Running';
      values.endedAt = !running && duration !== undefined ? new Date(timestamp + duration).toISOString() : null;
    }
    yield* pipelineReferenceRows(host, job);
    yield row('cicd_Build', values);

    const checkouts = withinObjects(record, 'commits', (commit) => ({
      sha: requiredString(commit, 'sha').toLowerCase(),
      repo: optionalStrings(commit, 'remoteUrls')
        .map(githubRepoOfRemote)
        .find((r) => r !== undefined),
    }));
    const seen = new Set<string>();
    for (const { sha, repo } of checkouts) {
      if (repo === undefined) continue;
      const key = `${repo.owner}/${repo.name}@${sha}`.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      yield* commitReferenceRows(repo, sha);
      yield row('cicd_BuildCommitAssociation', { build: self, commit: commitRef(repo, sha) });
    }
  },
};
