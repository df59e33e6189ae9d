import { ExportedBean, ExportedMap, type ExportedProperty, type ExportedValue } from './exported-bean.js';
import { sliceByRange, type TreeRange, type TreeSpec } from './tree-spec.js';

/** JSON as `exportJson` writes it. */
export type JsonValue = null | string | number | boolean | JsonValue[] | { [key: string]: JsonValue };

/** Decides which properties of the objects at one level are written, and how their values are cut. */
interface Pruner {
  /** The pruner for the property's value, or null to leave the property out. */
  accept(property: ExportedProperty): Pruner | null;
  /** The slice kept of an array value. */
  readonly range: TreeRange | null;
}

/** `depth=`: a property shows when its visibility reaches the level's threshold, which rises by one per level. */
function byDepth(threshold: number): Pruner {
  let next: Pruner | undefined;
  return {
    range: null,
    accept: (property) => {
      if (property.visibility < threshold) return null;
      next ??= byDepth(threshold + 1);
      return next;
    },
  };
}

/** `tree=`: only named properties (or any, under `*`), whatever their visibility. */
function byTree(spec: TreeSpec): Pruner {
  return {
    range: spec.range,
    accept: (property) => {
      const child = spec.children.get(property.name) ?? spec.children.get('*');
      return child === undefined ? null : byTree(child);
    },
  };
}

function writeValue(value: ExportedValue, pruner: Pruner): JsonValue {
  if (value instanceof ExportedBean) return writeBean(value, pruner);
  if (value instanceof ExportedMap) {
    // Every entry's value is written with the map property's own pruner: keys are data, not properties.
    const out: { [key: string]: JsonValue } = {};
    for (const [key, entry] of value.entries) out[key] = writeValue(entry, pruner);
    return out;
  }
  if (Array.isArray(value)) return sliceByRange(value, pruner.range).map((item) => writeValue(item, pruner));
  return value as JsonValue;
}

function writeBean(bean: ExportedBean, pruner: Pruner): { [key: string]: JsonValue } {
  // `_class` comes from the serializer, not from the tree: an element keeps its slot (and its
  // `_class`) even when none of its properties is selected.
  const out: { [key: string]: JsonValue } = bean.className === null ? {} : { _class: bean.className };
  for (const property of bean.properties) {
    const child = pruner.accept(property);
    if (child !== null) out[property.name] = writeValue(property.value(), child);
  }
  return out;
}

/** What to write of an object: a parsed `tree=` (which wins) or a `depth=` (default 0). */
export interface ExportOptions {
  readonly tree?: TreeSpec | null;
  readonly depth?: number;
}

/**
 * Writes an exported object as Jenkins' `/api/json` does: with `tree`, only the named properties at each
 * level (`*` for any; array ranges applied; unknown names ignored); otherwise the properties visible at
 * `depth`. Properties are computed only when written.
 */
export function exportJson(bean: ExportedBean, options: ExportOptions = {}): JsonValue {
  const pruner = options.tree ? byTree(options.tree) : byDepth(1 - (options.depth ?? 0));
  return writeBean(bean, pruner);
}
