// `tree=` selections. Every array is read in `{M,N}` ranges, so no response grows with history.

// Fields of an item the `jobs` records and the walk need (`lastBuild` lets `builds` skip jobs with nothing new).
const OWN_ITEM_FIELDS =
  '_class,name,fullName,displayName,fullDisplayName,url,buildable,color,' +
  'lastBuild[number,url],lastCompletedBuild[number,url],healthReport[score,description]';

/** Fields of an item; `jobs[name]{0,1}` tells folders (and empty ones) apart. */
export const ITEM_FIELDS = `${OWN_ITEM_FIELDS},jobs[name]{0,1}`;

/**
 * Fields of an item with the first `nested` items of a folder, each with {@link ITEM_FIELDS}: a folder
 * page then lists its subfolders' contents too (leaf jobs have no `jobs` and add nothing).
 */
export function itemFieldsWithChildren(nested: number): string {
  return `${OWN_ITEM_FIELDS},${ranged('jobs', ITEM_FIELDS, 0, nested)}`;
}

/** Fields of a build the `builds` records need; actions keep their slots, so CauseAction, ParametersAction and BuildData are read by shape. */
export const BUILD_FIELDS =
  'number,id,displayName,fullDisplayName,result,building,timestamp,duration,estimatedDuration,url,' +
  'actions[causes[shortDescription,userId],parameters[name,value],lastBuiltRevision[SHA1,branch[name]],remoteUrls]';

/** `items[fields]{from,to}`: `to` is exclusive, as in Stapler. */
export function ranged(property: string, fields: string, from: number, to: number): string {
  return `${property}[${fields}]{${from},${to}}`;
}
