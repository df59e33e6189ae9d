import { join } from 'node:path';
import type { ConfiguredAirbyteStream } from '@faros-ce/sdk';

/** The files of one stream: the JSON-lines file, and the staging file an `overwrite` stream fills first. */
export interface StreamFiles {
  readonly target: string;
  /** Only for `overwrite` streams; renamed over `target` when the stream is COMPLETE. */
  readonly staging: string | undefined;
  /** Staging files of this stream start with this (older generations are removed on COMPLETE). */
  readonly stagingPrefix: string;
}

/**
 * Where a stream's records go: `<namespace>.<name>.jsonl` (or `<name>.jsonl`) in `directory`, each
 * part escaped so that any stream name gives one safe file name and no two streams share one.
 * An `overwrite` stream writes to `<file>.gen-<generation_id>.partial` first, so an attempt that
 * fails leaves the old data in place and a retry of the same generation appends to what it had.
 */
export function streamFiles(directory: string, configured: ConfiguredAirbyteStream): StreamFiles {
  const { name, namespace } = configured.stream;
  const base =
    namespace === undefined || namespace === null ? escapePart(name) : `${escapePart(namespace)}.${escapePart(name)}`;
  const target = join(directory, `${base}.jsonl`);
  const stagingPrefix = `${base}.jsonl.gen-`;
  const staging =
    configured.destination_sync_mode === 'overwrite'
      ? join(directory, `${stagingPrefix}${configured.generation_id ?? 'none'}.partial`)
      : undefined;
  return { target, staging, stagingPrefix };
}

// encodeURIComponent leaves . ! ~ * ' ( ) as they are; escape those too, so '.' can separate parts.
// An empty name becomes '%', which no escaped name can be.
function escapePart(part: string): string {
  if (part === '') return '%';
  return encodeURIComponent(part).replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
