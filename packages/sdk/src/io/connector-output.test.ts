import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SecretMasker } from '../config/secret-masker.js';
import {
  connectionStatusMessage,
  controlConfigMessage,
  errorTraceMessage,
  logMessage,
  type Message,
  recordMessage,
  streamDescriptor,
  streamStateMessage,
} from '../protocol/messages.js';
import { parseMessageOrThrow } from '../protocol/parse.js';
import { ConnectorOutput } from './connector-output.js';
import { MessageWriter } from './message-writer.js';

const SECRET = 'ghp_abcdefSECRET123';

function setup(debugEnabled = false, secrets: readonly string[] = [SECRET]) {
  const chunks: string[] = [];
  const sink = new Writable({
    decodeStrings: false,
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const output = new ConnectorOutput(new MessageWriter(sink), new SecretMasker(secrets), debugEnabled);
  const lines = async (): Promise<string[]> => {
    await output.flush();
    const text = chunks.join('');
    return text === '' ? [] : text.slice(0, -1).split('\n');
  };
  return { output, lines };
}

describe('ConnectorOutput', () => {
  it('masks secrets in LOG, TRACE and CONNECTION_STATUS messages', async () => {
    const { output, lines } = setup();
    const messages: Message[] = [
      logMessage('INFO', `calling with ${SECRET}`),
      errorTraceMessage({ message: `failed: ${SECRET}`, failureType: 'system_error', internalMessage: SECRET }, 7),
      connectionStatusMessage('FAILED', `bad token ${SECRET}`),
    ];
    for (const message of messages) await output.emit(message);
    const written = (await lines()).map((line) => parseMessageOrThrow(line));
    expect(written).toEqual([
      logMessage('INFO', 'calling with ****'),
      errorTraceMessage({ message: 'failed: ****', failureType: 'system_error', internalMessage: '****' }, 7),
      connectionStatusMessage('FAILED', 'bad token ****'),
    ]);
  });

  it('keeps a message valid JSON when a secret is as short as a key or a quote ("e", "type", "\\"")', async () => {
    const { output, lines } = setup(false, ['e', 'type', '"']);
    await output.emit(logMessage('INFO', 'the "type" of the message'));
    await output.emit(errorTraceMessage({ message: 'bad e', failureType: 'config_error' }, 3));
    const written = (await lines()).map((line) => parseMessageOrThrow(line));
    expect(written).toEqual([
      logMessage('INFO', 'th**** ************ of th**** m****ssag****'),
      errorTraceMessage({ message: 'bad ****', failureType: 'config_error' }, 3),
    ]);
  });

  it('writes RECORD, STATE and CONTROL messages exactly as given, secrets and all', async () => {
    const { output, lines } = setup();
    const messages: Message[] = [
      recordMessage('pulls', { token: SECRET, url: `https://x:${SECRET}@host/` }, undefined, 1),
      streamStateMessage(streamDescriptor('pulls'), { cursor: SECRET }),
      controlConfigMessage({ token: SECRET }, 2),
    ];
    for (const message of messages) await output.emit(message);
    const written = await lines();
    expect(written).toEqual(messages.map((m) => JSON.stringify(m)));
  });

  it('writes a pre-serialized record line untouched', async () => {
    const { output, lines } = setup();
    const line = JSON.stringify(recordMessage('s', { secret: SECRET }, undefined, 1));
    await output.emitRecordLine(line);
    expect(await lines()).toEqual([line]);
  });

  it('logs through the masker, with the error message and stack', async () => {
    const { output, lines } = setup();
    output.info(`info ${SECRET}`);
    output.warn('warned', new Error(`cause ${SECRET}`));
    output.error('plain error');
    const written = (await lines()).map((line) => parseMessageOrThrow(line));
    expect(written.map((m) => (m.type === 'LOG' ? [m.log.level, m.log.message] : m.type))).toEqual([
      ['INFO', 'info ****'],
      ['WARN', 'warned: cause ****'],
      ['ERROR', 'plain error'],
    ]);
    const warn = written[1]!;
    if (warn.type !== 'LOG') throw new Error('not a log');
    expect(warn.log.stack_trace).toContain('cause ****');
    expect(warn.log.stack_trace).not.toContain(SECRET);
  });

  it('writes DEBUG lines only when debug is enabled', async () => {
    const quiet = setup(false);
    quiet.output.debug('hidden');
    quiet.output.info('shown');
    expect(await quiet.lines()).toHaveLength(1);

    const verbose = setup(true);
    verbose.output.debug(`details ${SECRET}`);
    const [line] = await verbose.lines();
    expect(parseMessageOrThrow(line!)).toEqual(logMessage('DEBUG', 'details ****'));
  });

  it('keeps logging calls from raising unhandled rejections once the sink failed', async () => {
    const sink = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    sink.on('error', () => undefined);
    const output = new ConnectorOutput(new MessageWriter(sink), new SecretMasker());
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      output.info('first');
      await expect(output.flush()).rejects.toThrow();
      // Logging is fire-and-forget: after a failure it must not leave a rejected promise behind.
      output.info('second');
      output.error('third', new Error('x'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      // Messages that callers await still report the failure.
      await expect(output.emit(logMessage('INFO', 'awaited'))).rejects.toThrow('EPIPE');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
