import type { SelectedRepository } from '../src/repos/repository-resolver.js';

/** A selected repository as the resolver gives it, for tests: `owner/name` on branch `main`, no raw record. */
export function selectedRepository(fullName: string): SelectedRepository {
  const [owner, name] = fullName.split('/') as [string, string];
  return { owner, name, fullName, defaultBranch: 'main', raw: {} };
}
