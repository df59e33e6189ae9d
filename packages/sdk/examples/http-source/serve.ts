// Serves the example API until stopped, and prints a config for the example source that reads it:
//   node examples/http-source/serve.ts > /tmp/example-config.json &
import { startExampleServer } from './server.ts';

const token = 'example-token';
const server = await startExampleServer({ token, rateLimitEvery: 20 });
process.stdout.write(`${JSON.stringify({ api_url: server.url, api_token: token })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
