/** The writable form of a read-only entity type; only the world's own code writes entities. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Appends to an array the world created as its own (typed read-only for readers). */
export function appendTo<T>(list: readonly T[], item: T): void {
  (list as T[]).push(item);
}

/** The shared empty list: entities whose list is empty point here instead of owning an empty array. */
export const NONE: readonly never[] = Object.freeze([]);
