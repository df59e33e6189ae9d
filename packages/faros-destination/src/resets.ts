import type { Logger } from '@faros-ce/sdk';
import type { HasuraClient } from './hasura/hasura-client.js';
import { FAROS_CE_MODELS } from './models/faros-ce-models.js';

/** What a reset needs to know about the run. */
export interface ResetOptions {
  readonly client: HasuraClient;
  readonly depths: ReadonlyMap<string, number>;
  readonly pageSize: number;
  /** The run's start: rows written by this run carry it as `refreshedAt`, so older ones were not seen. */
  readonly runStart: string;
  readonly logger: Logger;
  /** In a dry run nothing was written: the ids the run would have written, by model, count as seen. */
  readonly dryRunSeen?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Deletes, for one stream after a full refresh, the rows of its owned models that carry its origin, that
 * this run did not see (`refreshedAt` before the run's start) and that no other row references: children
 * first, in pages by id. A dry run counts them instead. Resolves to the count per model.
 */
export async function resetStream(
  options: ResetOptions,
  streamName: string,
  origin: string,
  ownedModels: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const models = [...new Set(ownedModels)]
    .filter((m) => FAROS_CE_MODELS.has(m))
    .sort((a, b) => (options.depths.get(b) ?? 0) - (options.depths.get(a) ?? 0));
  for (const model of models) {
    const count = await resetModel(options, model, origin);
    counts.set(model, count);
    const verb = options.dryRunSeen ? 'Would delete' : 'Deleted';
    options.logger.info(`${verb} ${count} ${model} rows of origin ${origin} that ${streamName} no longer sees`);
  }
  return counts;
}

async function resetModel(options: ResetOptions, model: string, origin: string): Promise<number> {
  const { client, pageSize, runStart, dryRunSeen } = options;
  const backRefs = FAROS_CE_MODELS.get(model)?.backReferences ?? [];
  const unreferenced =
    backRefs.length === 0 ? '' : `{_not: {_or: [${backRefs.map((b) => `{${b.relationship}: {}}`).join(', ')}]}}, `;
  const stale = `{origin: {_eq: $origin}}, {refreshedAt: {_lt: $start}}, ${unreferenced}`;
  const select = `query ($origin: String!, $start: timestamptz!, $after: String!, $limit: Int!) { rows: ${model}(where: {_and: [${stale}{id: {_gt: $after}}]}, order_by: {id: asc}, limit: $limit) { id } }`;
  const remove = `mutation ($origin: String!, $start: timestamptz!, $ids: [String!]!) { gone: delete_${model}(where: {_and: [${stale}{id: {_in: $ids}}]}) { affected_rows } }`;
  const seen = dryRunSeen?.get(model);
  let after = '';
  let total = 0;
  for (;;) {
    const page = await client.graphql<{ rows: { id: string }[] }>(select, {
      origin,
      start: runStart,
      after,
      limit: pageSize,
    });
    if (page.rows.length === 0) return total;
    after = (page.rows[page.rows.length - 1] as { id: string }).id;
    const ids = page.rows.map((r) => r.id).filter((id) => !seen?.has(id));
    if (dryRunSeen) {
      total += ids.length;
    } else if (ids.length > 0) {
      const done = await client.graphql<{ gone: { affected_rows: number } }>(remove, { origin, start: runStart, ids });
      total += done.gone.affected_rows;
    }
    if (page.rows.length < pageSize) return total;
  }
}
