import { type FileHandle, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  ConfiguredAirbyteCatalog,
  ConfiguredAirbyteStream,
  DestinationWriter,
  Logger,
  RecordBatch,
  WriteSummary,
} from '@faros-ce/sdk';
import { type StreamFiles, streamFiles } from './stream-files.ts';

/**
 * Appends each batch to its stream's file as JSON lines (`{"emitted_at", "data"}`), and fsyncs
 * before the commit resolves: once the runtime echoes a state, its records survive a crash.
 * `overwrite` streams fill a staging file that replaces the stream's file only when the platform
 * reports the stream COMPLETE; until then the old file stays as it was.
 */
export class JsonlWriter implements DestinationWriter {
  private readonly handles = new Map<string, FileHandle>();

  private readonly directory: string;
  private readonly logger: Logger;

  private constructor(directory: string, logger: Logger) {
    this.directory = directory;
    this.logger = logger;
  }

  /** Opens a writer; staging files of overwrite streams without a generation start empty. */
  static async open(directory: string, catalog: ConfiguredAirbyteCatalog, logger: Logger): Promise<JsonlWriter> {
    const writer = new JsonlWriter(directory, logger);
    for (const configured of catalog.streams) {
      const files = streamFiles(directory, configured);
      // Without a generation id nothing tells this sync's partial data from an older one's.
      if (files.staging !== undefined && configured.generation_id === undefined)
        await rm(files.staging, { force: true });
    }
    return writer;
  }

  async writeBatch(batch: RecordBatch): Promise<undefined> {
    const files = streamFiles(this.directory, batch.stream);
    const handle = await this.handleFor(files.staging ?? files.target);
    let text = '';
    for (const record of batch.records)
      text += `${JSON.stringify({ emitted_at: record.emitted_at, data: record.data })}\n`;
    await handle.appendFile(text);
    await handle.sync();
    return undefined;
  }

  async streamComplete(stream: ConfiguredAirbyteStream): Promise<void> {
    const files = streamFiles(this.directory, stream);
    if (files.staging === undefined) return;
    // A stream that sent no records still replaces the old data: with nothing.
    const handle = await this.handleFor(files.staging);
    await handle.sync();
    await handle.close();
    this.handles.delete(files.staging);
    await rename(files.staging, files.target);
    await syncDirectory(this.directory);
    await this.removeOtherGenerations(files);
    this.logger.info(`Replaced ${basename(files.target)} with this sync's records`);
  }

  async close(summary: WriteSummary): Promise<void> {
    for (const handle of this.handles.values()) await handle.close();
    this.handles.clear();
    if (summary.error !== undefined) this.logger.info('Write failed: staging files are kept for the next attempt');
  }

  private async handleFor(path: string): Promise<FileHandle> {
    let handle = this.handles.get(path);
    if (handle === undefined) {
      handle = await open(path, 'a');
      this.handles.set(path, handle);
      // The file may be new: its directory entry must be durable too.
      await syncDirectory(dirname(path));
    }
    return handle;
  }

  // Staging files of older generations belong to syncs that never completed.
  private async removeOtherGenerations(files: StreamFiles): Promise<void> {
    for (const name of await readdir(this.directory)) {
      if (name.startsWith(files.stagingPrefix) && name.endsWith('.partial')) {
        await rm(join(this.directory, name), { force: true });
      }
    }
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
