import type { ConfiguredAirbyteStream, Logger } from '@faros-ce/sdk';
import type { Converter, SourceType } from './converters/converter.js';
import type { ConverterRegistry } from './converters/registry.js';

const SOURCE_TYPES: ReadonlySet<string> = new Set<SourceType>(['github', 'jira', 'jenkins']);

/** A stream name taken apart: `<origin>__<source>__<stream>`, read from the right. */
export interface StreamName {
  /** Everything before the source segment; undefined when there is none. */
  readonly prefix: string | undefined;
  /** The source type segment, lower-cased; undefined when it is not one we know. */
  readonly source: SourceType | undefined;
  readonly stream: string;
}

/**
 * Parses a stream name from the right: the last `__` segment is the stream, the one before it the source
 * type (compared lower-case), everything before that the origin.
 */
export function parseStreamName(name: string): StreamName {
  const parts = name.split('__');
  const stream = parts.pop() as string;
  const source = parts.pop()?.toLowerCase();
  const prefix = parts.length > 0 ? parts.join('__') : undefined;
  return {
    prefix,
    source: source !== undefined && SOURCE_TYPES.has(source) ? (source as SourceType) : undefined,
    stream,
  };
}

/** Where a catalog stream's records go. */
export interface Route {
  readonly streamName: string;
  /** The origin stamped on the stream's rows: the config's, else the name's prefix, else the source type. */
  readonly origin: string;
  /** Undefined: the stream has no converter and its records are skipped. */
  readonly converter: Converter | undefined;
  readonly stream: ConfiguredAirbyteStream;
}

/** Routes each catalog stream to its converter and origin, logging the choice once per stream. */
export class Router {
  private readonly routes = new Map<string, Route>();

  constructor(
    streams: readonly ConfiguredAirbyteStream[],
    registry: ConverterRegistry,
    configOrigin: string | undefined,
    logger: Logger,
  ) {
    for (const stream of streams) {
      const name = stream.stream.name;
      const parsed = parseStreamName(name);
      const converter = parsed.source === undefined ? undefined : registry.find(parsed.source, parsed.stream);
      const origin = configOrigin || parsed.prefix || parsed.source || 'faros-destination';
      this.routes.set(name, { streamName: name, origin, converter, stream });
      if (converter !== undefined) {
        logger.info(`Stream ${name}: converter ${converter.source}/${converter.stream}, origin ${origin}`);
      } else {
        const why = parsed.source === undefined ? 'its source type is not github, jira or jenkins' : 'no converter';
        logger.warn(`Stream ${name}: ${why}; its records will be skipped`);
      }
    }
  }

  /** The route of a catalog stream. */
  route(streamName: string): Route | undefined {
    return this.routes.get(streamName);
  }

  /** Every route. */
  all(): readonly Route[] {
    return [...this.routes.values()];
  }
}
