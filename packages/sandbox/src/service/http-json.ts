import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBodyText } from '../http/http-json.js';

export { sendJson } from '../http/http-json.js';

/** A request body that isn't acceptable JSON; the message says why. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
}

/**
 * Reads a request body as JSON. An empty body reads as `undefined`.
 * @throws BodyError when the body is larger than `limitBytes` or isn't JSON.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes = 1_000_000): Promise<unknown> {
  let text: string;
  try {
    text = (await readBodyText(req, limitBytes)).trim();
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new BodyError(error.message);
    throw error;
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('request body is not valid JSON');
  }
}
