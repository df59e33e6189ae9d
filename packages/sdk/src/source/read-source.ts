import { type InputState, streamKey } from '../config/input-state.js';
import type { ConnectorOutput } from '../io/connector-output.js';
import type { ResolvedStream } from './configured-catalog.js';
import { readStream, type StreamReadResult } from './read-stream.js';

/** Switches for a `read`. */
export interface ReadSourceOptions {
  /** Keyed slices read at once (default 1). */
  concurrency?: number;
  /** Validate every record against its stream schema. */
  validateRecords?: boolean;
  /** Items slice readers may queue ahead of the writer. */
  queueCapacity?: number;
}

/** What a `read` gave, stream by stream. */
export interface ReadSourceResult {
  readonly streams: readonly StreamReadResult[];
  /** True when at least one stream failed: the process must exit non-zero. */
  readonly failed: boolean;
}

/**
 * Reads the configured streams in catalog order. A failing stream ends INCOMPLETE with its error
 * trace and the others still run; the caller turns `failed` into a non-zero exit.
 */
export async function readSource<C>(
  config: C,
  streams: readonly ResolvedStream<C>[],
  input: InputState,
  output: ConnectorOutput,
  options: ReadSourceOptions = {},
): Promise<ReadSourceResult> {
  const results: StreamReadResult[] = [];
  const selectedStreams: ReadonlySet<string> = new Set(streams.map((s) => s.stream.name));
  for (const resolved of streams) {
    const key = streamKey({ name: resolved.stream.name, namespace: resolved.stream.namespace });
    results.push(
      await readStream(resolved, input.streams.get(key), {
        config,
        output,
        concurrency: Math.max(1, options.concurrency ?? 1),
        validateRecords: options.validateRecords ?? false,
        queueCapacity: options.queueCapacity,
        selectedStreams,
      }),
    );
  }
  for (const r of results) {
    output.info(
      `Stream ${r.name}: ${r.records} records, ${r.states} states, ${r.apiCalls} API calls${r.error ? `, failed: ${r.error.message}` : ''}`,
    );
  }
  return { streams: results, failed: results.some((r) => r.error !== undefined) };
}
