import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body over the size a route accepts. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`request body larger than ${limitBytes} bytes`);
  }
}

/** Reads a whole request body as UTF-8, refusing more than `limitBytes`. */
export async function readBodyText(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limitBytes) throw new BodyTooLargeError(limitBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends `body` as a JSON answer with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendBody(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** Sends a plain-text answer. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  sendBody(res, status, 'text/plain; charset=utf-8', text);
}

function sendBody(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
