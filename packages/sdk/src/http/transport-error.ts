/**
 * A request that got no response (refused, reset, timed out, aborted). Carries only a code and a
 * short description: unlike an axios error, it holds no request config, headers or URL.
 */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}
