// Our own object model of what Jenkins exports: every object keeps all of its properties, and
// `exportJson` decides on output which of them a `tree=` or `depth=` request sees.

/** A value Jenkins can export: a scalar, an object (bean), a string-keyed map, or an array of them. */
export type ExportedValue = null | string | number | boolean | ExportedBean | ExportedMap | readonly ExportedValue[];

/** One exported property of a bean. */
export interface ExportedProperty {
  readonly name: string;
  /**
   * Stapler's visibility: at nesting level L of a `depth=D` answer the property shows when
   * `visibility >= 1 - D + L`. 1 is the default, 2 and more are the "summary" properties shown on
   * nested objects (`name`, `url`, `number`), negative ones (`allBuilds`: -2) need a deep `depth`.
   */
  readonly visibility: number;
  /** The value, computed only when the property is written (lists of builds are large). */
  readonly value: () => ExportedValue;
}

/** An exported object; `className` is its `_class`, or null where Jenkins writes none. */
export class ExportedBean {
  constructor(
    readonly className: string | null,
    readonly properties: readonly ExportedProperty[],
  ) {}
}

/** A map property (the git plugin's `buildsByBranchName`): an object whose keys are data. */
export class ExportedMap {
  constructor(readonly entries: readonly (readonly [string, ExportedValue])[]) {}
}

/** A property; `value` may be the value itself or a function computing it on demand. */
export function prop(name: string, value: ExportedValue | (() => ExportedValue), visibility = 1): ExportedProperty {
  return { name, visibility, value: typeof value === 'function' ? value : () => value };
}
