import type { GithubRecord } from './github-context.js';

/** Airbyte's 2.0 shape: reaction rollups carry `plus_one`/`minus_one` instead of `+1`/`-1`. */
export function renameReactions(record: GithubRecord): GithubRecord {
  const reactions = record.reactions;
  if (reactions === null || typeof reactions !== 'object') return record;
  const { '+1': plusOne, '-1': minusOne, ...rest } = reactions as Record<string, unknown>;
  return { ...record, reactions: { ...rest, plus_one: plusOne, minus_one: minusOne } };
}
