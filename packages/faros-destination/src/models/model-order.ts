import type { FarosModel } from './faros-ce-models.js';

/**
 * The depth of every model in the reference graph: a model's parents (the tables its reference columns
 * point at) have a smaller depth, so writing by ascending depth writes parents first and deleting by
 * descending depth deletes children first. Self-references and cycles do not add depth.
 */
export function modelDepths(models: ReadonlyMap<string, FarosModel>): ReadonlyMap<string, number> {
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (name: string): number => {
    const known = depths.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return 0;
    visiting.add(name);
    let depth = 0;
    for (const column of Object.values(models.get(name)?.columns ?? {})) {
      if (column.references !== undefined && column.references !== name) {
        depth = Math.max(depth, depthOf(column.references) + 1);
      }
    }
    visiting.delete(name);
    depths.set(name, depth);
    return depth;
  };
  for (const name of models.keys()) depthOf(name);
  return depths;
}
