import type { World } from '../world/index.js';

/** What the Jenkins object model is built from: the world, and how this controller is addressed. */
export interface ModelContext {
  readonly world: World;
  /** The controller's root URL with a trailing slash (`http://127.0.0.1:8080/`). */
  readonly rootUrl: string;
  /** The git remote URL Jenkins checks a GitHub repository (`owner/name`) out from. */
  remoteUrl(repo: string): string;
}
