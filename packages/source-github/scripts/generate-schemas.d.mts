/** Where Airbyte's per-stream schemas are read from. */
export const REFERENCE_DIR: string;
/** The streams of the source. */
export const STREAMS: readonly string[];
/** Our schema of one stream, from Airbyte's. */
export function schemaOf(stream: string): Record<string, unknown>;
