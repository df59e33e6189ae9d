import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBodyText } from '../../http/http-json.js';
import { HasuraError } from '../graphql/index.js';

export { sendJson, sendText } from '../../http/http-json.js';

/** Largest request body accepted (a 1,000-object insert is about a megabyte). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** Reads the request body and parses it as JSON; Hasura's `invalid-json` when it is not JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let text: string;
  try {
    text = await readBodyText(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new HasuraError('bad-request', 'request body too large', '$', 413);
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HasuraError('invalid-json', `Error in $: ${reason}`);
  }
}
