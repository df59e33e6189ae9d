/**
 * The part of a Node writable stream the message writer uses. `process.stdout`, a file stream
 * or a socket satisfy it; so does the guarded stdout that {@link installOutputGuards} returns.
 */
export interface LineSink {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean;
  readonly writableLength: number;
  readonly writableHighWaterMark: number;
  once(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
}
