import type { ApiBuildRef } from '../client/jenkins-types.js';
import type { WalkedItem } from '../client/walk-jobs.js';

/** A `jobs` record (shape fixed in DESIGN.md). */
export interface JobRecord {
  readonly [field: string]: unknown;
  readonly fullName: string;
  readonly name: string;
  readonly displayName: string | null;
  readonly fullDisplayName: string | null;
  readonly url: string | null;
  readonly _class: string | null;
  readonly parent: string | null;
  readonly buildable: boolean;
  readonly color: string | null;
  readonly lastBuild: { number: number; url: string | null } | null;
  readonly lastCompletedBuild: { number: number; url: string | null } | null;
  readonly healthReport: { score: number | null; description: string | null }[];
  readonly server: string;
}

/** The `jobs` record of a walked item; `server` is the Jenkins base URL with a trailing slash. */
export function toJobRecord(walked: WalkedItem, server: string): JobRecord {
  const { item } = walked;
  return {
    fullName: walked.fullName,
    name: item.name ?? walked.names.at(-1) ?? walked.fullName,
    displayName: item.displayName ?? null,
    fullDisplayName: item.fullDisplayName ?? null,
    url: item.url ?? null,
    _class: item._class ?? null,
    parent: walked.parent,
    // Folders do not export `buildable`.
    buildable: item.buildable === true,
    color: item.color ?? null,
    lastBuild: buildRef(item.lastBuild),
    lastCompletedBuild: buildRef(item.lastCompletedBuild),
    healthReport: (item.healthReport ?? []).map((h) => ({
      score: typeof h.score === 'number' ? h.score : null,
      description: h.description ?? null,
    })),
    server,
  };
}

function buildRef(ref: ApiBuildRef | null | undefined): { number: number; url: string | null } | null {
  return ref && typeof ref.number === 'number' ? { number: ref.number, url: ref.url ?? null } : null;
}
