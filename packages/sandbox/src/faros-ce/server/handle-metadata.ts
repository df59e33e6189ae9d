import { type GraphqlEngine, HasuraError } from '../graphql/index.js';
import { exportMetadata } from './export-metadata.js';

/**
 * Answers a `/v1/metadata` call: `export_metadata` (the metadata itself for version 1, `{resource_version,
 * metadata}` for version 2) and `reload_metadata` (re-reads the catalog). Other commands are refused, since
 * this endpoint's metadata follows the database.
 */
export async function handleMetadata(engine: GraphqlEngine, body: unknown): Promise<unknown> {
  const request = (typeof body === 'object' && body !== null ? body : {}) as { type?: unknown; version?: unknown };
  switch (request.type) {
    case 'export_metadata': {
      const metadata = exportMetadata(engine.catalog);
      return request.version === 2 ? { resource_version: 1, metadata } : metadata;
    }
    case 'reload_metadata':
      await engine.reload();
      return { message: 'success', is_consistent: true };
    default:
      throw new HasuraError(
        'not-supported',
        `metadata command ${JSON.stringify(request.type)} is not supported here`,
        '$.type',
      );
  }
}
