import { readFile } from 'node:fs/promises';
import { configError } from '../errors/airbyte-error.js';

/**
 * Reads a JSON input file (`--config`, `--catalog`, `--state`): read and parsed, never `require`d.
 * A missing or malformed file is a `config_error` naming the file and where the JSON breaks; the
 * file's text is never quoted, since a config holds secrets.
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'is not readable'
            : `cannot be read (${code ?? 'unknown error'})`;
    throw configError(`The ${what} file ${path} ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw configError(`The ${what} file ${path} is not valid JSON: ${where(text, error)}`);
  }
}

function where(text: string, error: unknown): string {
  if (text.trim().length === 0) return 'it is empty';
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : undefined;
  if (offset === undefined) return message.includes('end of JSON') ? 'it ends too early' : 'syntax error';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `syntax error at line ${line}, column ${column}`;
}
