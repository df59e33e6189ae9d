// Public API of @faros-ce/source-github. Named exports only.
export type { GithubClientOptions } from './client/github-client.js';
export type { GithubConfig } from './generated/config.js';
export { GithubSource } from './github-source.js';
export { STREAM_SCHEMAS } from './schemas/stream-schemas.js';
export { spec } from './spec.js';
