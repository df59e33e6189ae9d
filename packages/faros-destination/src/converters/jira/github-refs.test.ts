import { describe, expect, it } from 'vitest';
import type { FarosRow } from '../../models/faros-row.js';
import { plain } from '../converter-test-kit.js';
import * as github from '../github/github-keys.js';
import { commitRef, pullRequestRef, pullRequestReferenceRows } from './github-refs.js';

// Jira PR links and Jenkins commit associations join rows the GitHub converters write only if
// both sides build the same keys from differently spelled names.
describe('GitHub references from Jira and Jenkins records', () => {
  const repo = { owner: 'Acme', name: 'Web-App' };

  it('reference the same pull request as the GitHub converters', () => {
    expect(plain(pullRequestRef('ACME', 'web-app', 42))).toEqual(plain(github.pullRequestRef(repo, 42)));
  });

  it('reference the same commit as the GitHub converters, whatever the sha case', () => {
    const sha = '9FCEB02D0AE598E95DC970B74767F19372D61AF8';
    expect(plain(commitRef('acme', 'WEB-APP', sha))).toEqual(plain(github.commitRef(repo, sha.toLowerCase())));
  });

  it('write the same key-only rows', () => {
    const flat = (rows: readonly FarosRow[]) =>
      rows.map((r) => [
        r.model,
        Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, plain(v)])),
        r.referenceOnly,
      ]);
    const ours = flat(pullRequestReferenceRows('Acme', 'Web-App', 7));
    const theirs = flat(github.pullRequestReferenceRows(repo, 7));
    expect(ours).toEqual(theirs);
  });
});
