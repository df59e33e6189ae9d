// The two pipelines under test. Each reads the data file, parses every line, writes it back out as
// one JSON line to `sinkPath`, waits for the sink on backpressure, and returns the line count.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { LineReader, MessageWriter, parseMessage } from '../../packages/sdk/dist/index.js';

const READ_CHUNK = 64 * 1024;

/** The SDK: LineReader → parseMessage (JSON + envelope validation) → MessageWriter. */
export async function sdkPipeline(file, sinkPath) {
  const sink = createWriteStream(sinkPath);
  const writer = new MessageWriter(sink);
  const reader = new LineReader(createReadStream(file, { highWaterMark: READ_CHUNK }));
  let count = 0;
  for await (const line of reader) {
    const result = parseMessage(line, reader.lineNumber);
    if (!result.ok) throw result.error;
    const pending = writer.write(result.message);
    if (pending) await pending;
    count++;
  }
  await writer.flush();
  sink.end();
  await finished(sink);
  return count;
}

/** What one would write without the SDK: readline, JSON.parse, JSON.stringify, write per line. */
export async function baselinePipeline(file, sinkPath) {
  const sink = createWriteStream(sinkPath);
  const lines = createInterface({ input: createReadStream(file, { highWaterMark: READ_CHUNK }), crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (line.length === 0) continue;
    const message = JSON.parse(line);
    if (!sink.write(`${JSON.stringify(message)}\n`)) await once(sink, 'drain');
    count++;
  }
  sink.end();
  await finished(sink);
  return count;
}
