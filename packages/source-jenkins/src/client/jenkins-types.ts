// The parts of Jenkins' JSON API objects the source asks for with `tree=` (see tree-fields.ts).
// Every field is optional: Jenkins leaves out what an item's class does not export.

/** A permalink such as `lastBuild`: `{number, url}` at depth 0, or null. */
export interface ApiBuildRef {
  readonly number?: number;
  readonly url?: string;
}

/** An item of a folder (or of the controller): a job, a folder, a multibranch project. */
export interface ApiItem {
  readonly _class?: string;
  readonly name?: string;
  readonly fullName?: string;
  readonly displayName?: string;
  readonly fullDisplayName?: string;
  readonly url?: string;
  readonly buildable?: boolean;
  readonly color?: string | null;
  readonly lastBuild?: ApiBuildRef | null;
  readonly lastCompletedBuild?: ApiBuildRef | null;
  readonly healthReport?: readonly { readonly score?: number; readonly description?: string }[];
  /** A job's newest builds, newest first, when the walk asked for them (`builds[…]{0,K}`). */
  readonly builds?: readonly ApiBuild[];
  /** Present (an array) on folder-like items only: its first item's name, or its first items (a nested walk). */
  readonly jobs?: readonly ApiItem[];
}

/** An action of a build; which fields it has depends on its class. */
export interface ApiAction {
  readonly _class?: string;
  readonly causes?: readonly { readonly shortDescription?: string; readonly userId?: string | null }[];
  readonly parameters?: readonly { readonly name?: string; readonly value?: unknown }[];
  readonly lastBuiltRevision?: {
    readonly SHA1?: string;
    readonly branch?: readonly { readonly name?: string }[];
  } | null;
  readonly remoteUrls?: readonly string[];
}

/** A build (`Run`). */
export interface ApiBuild {
  readonly _class?: string;
  readonly number: number;
  readonly id?: string;
  readonly displayName?: string;
  readonly fullDisplayName?: string;
  readonly result?: string | null;
  readonly building?: boolean;
  readonly timestamp?: number;
  readonly duration?: number;
  readonly estimatedDuration?: number;
  readonly url?: string;
  readonly actions?: readonly (ApiAction | null)[];
}
