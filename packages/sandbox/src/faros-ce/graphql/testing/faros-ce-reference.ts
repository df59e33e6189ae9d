import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `../shared/reference/faros-ce` next to the repository (from here: testing, graphql, faros-ce, src, sandbox,
 * packages, main), or `FAROS_CE_REFERENCE_DIR`. A user's clone has no `../shared`: tests that need it skip.
 */
export const farosCeReferenceDir =
  process.env.FAROS_CE_REFERENCE_DIR ??
  fileURLToPath(new URL('../../../../../../../shared/reference/faros-ce/', import.meta.url));

/** A reference file parsed as JSON, or `undefined` (with a warning naming what is skipped) when it is absent. */
export function readFarosCeReference<T>(file: string, skipping: string): T | undefined {
  const path = join(farosCeReferenceDir, file);
  if (!existsSync(path)) {
    console.warn(`${skipping} skipped: ${path} is missing (the reference lives in ../shared next to the repository).`);
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The parts of `schema.json` the tests compare with. */
export interface ReferenceSchema {
  readonly tables: readonly {
    readonly name: string;
    readonly columns: readonly { readonly name: string; readonly type: string; readonly comment?: string }[];
    readonly hasura: {
      readonly object_relationships: readonly {
        readonly name: string;
        readonly column: string;
        readonly remote_table: string;
      }[];
      readonly array_relationships: readonly {
        readonly name: string;
        readonly remote_table: string;
        readonly remote_column: string;
      }[];
      readonly graphql_names: Readonly<Record<string, string>>;
    };
  }[];
}
