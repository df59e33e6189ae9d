import type { SelectedRepository } from '../repos/repository-resolver.js';
import { PROBE_FIELDS } from './repo-fingerprints.js';

/** A snapshot stream's connection that rides along with the probe: `assignableUsers(first: 100) { … }`. */
export interface SharedConnection {
  readonly stream: string;
  readonly connection: string;
}

/** The alias a shared connection's page has on each repository of the probe's answer. */
export function sharedAlias(stream: string): string {
  return `s_${stream}`;
}

/**
 * The probe's query for a batch of repositories (aliases `r0`, `r1`, …): the fingerprint fields and,
 * on each repository, the first page of every shared connection under its {@link sharedAlias}.
 */
export function probeQuery(
  batch: readonly SelectedRepository[],
  shared: readonly SharedConnection[],
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  batch.forEach((repo, i) => {
    variables[`o${i}`] = repo.owner;
    variables[`n${i}`] = repo.name;
    declarations.push(`$o${i}: String!, $n${i}: String!`);
    fields.push(`r${i}: repository(owner: $o${i}, name: $n${i}) { ...Probe }`);
  });
  const pages = shared.map((s) => `\n  ${sharedAlias(s.stream)}: ${s.connection}`).join('');
  const query = `query ChangeProbe(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}\nfragment Probe on Repository {${PROBE_FIELDS}${pages}\n}`;
  return { query, variables };
}
