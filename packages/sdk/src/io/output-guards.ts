import type { SecretMasker } from '../config/secret-masker.js';
import type { LineSink } from './line-sink.js';

type WriteFn = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/**
 * Makes stdout the protocol's alone: anything else that writes to `process.stdout` (console.log
 * in a library, say) lands on stderr instead, and stderr text is masked. Returns the sink the
 * message writer must use, and a function that undoes the patch.
 */
export function installOutputGuards(masker: SecretMasker): { stdout: LineSink; restore: () => void } {
  const stdout = process.stdout;
  const stderr = process.stderr;
  const realStdoutWrite = stdout.write.bind(stdout) as WriteFn;
  const realStderrWrite = stderr.write.bind(stderr) as WriteFn;

  const maskChunk = (chunk: string | Uint8Array): string =>
    masker.mask(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));

  (stderr as { write: WriteFn }).write = (chunk, ...rest) => realStderrWrite(maskChunk(chunk), ...rest);
  (stdout as { write: WriteFn }).write = (chunk, ...rest) => realStderrWrite(maskChunk(chunk), ...rest);

  const sink: LineSink = {
    write: (chunk, callback) => realStdoutWrite(chunk, callback),
    get writableLength() {
      return stdout.writableLength;
    },
    get writableHighWaterMark() {
      return stdout.writableHighWaterMark;
    },
    once: (event, listener) => stdout.once(event, listener),
    removeListener: (event, listener) => stdout.removeListener(event, listener),
  };
  return {
    stdout: sink,
    restore: () => {
      (stdout as { write: WriteFn }).write = realStdoutWrite;
      (stderr as { write: WriteFn }).write = realStderrWrite;
    },
  };
}
