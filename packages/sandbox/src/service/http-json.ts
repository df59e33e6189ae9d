import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body that isn't acceptable JSON; the message says why. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
}

/** Sends `body` as a JSON answer with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Reads a request body as JSON. An empty body reads as `undefined`.
 * @throws BodyError when the body is larger than `limitBytes` or isn't JSON.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes = 1_000_000): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limitBytes) throw new BodyError(`request body larger than ${limitBytes} bytes`);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('request body is not valid JSON');
  }
}
