// `tree=` selections. Every array is read in `{M,N}` ranges, so no response grows with history.

// Fields of an item the `jobs` records and the walk need (`lastBuild` lets `builds` skip jobs with nothing new).
const OWN_ITEM_FIELDS =
  '_class,name,fullName,displayName,fullDisplayName,url,buildable,color,' +
  'lastBuild[number,url],lastCompletedBuild[number,url],healthReport[score,description]';

/** Fields of a build the `builds` records need; actions keep their slots, so CauseAction, ParametersAction and BuildData are read by shape. */
export const BUILD_FIELDS =
  'number,id,displayName,fullDisplayName,result,building,timestamp,duration,estimatedDuration,url,' +
  'actions[causes[shortDescription,userId],parameters[name,value],lastBuiltRevision[SHA1,branch[name]],remoteUrls]';

/**
 * Fields of an item, with its `recent` newest builds (0: none) and `jobs[name]{0,1}`, which tells
 * folders (and empty ones) apart. `builds` is Jenkins' newest 100 builds (`allBuilds` has them all),
 * newest first: its first few are the newest few, and Jenkins never iterates past 100 to answer.
 */
export function itemFields(recent: number): string {
  return `${ownFields(recent)},jobs[name]{0,1}`;
}

/**
 * Fields of an item with the first `nested` items of a folder, each with {@link itemFields}: a folder
 * page then lists its subfolders' contents too (leaf jobs have no `jobs` and add nothing). Items at
 * both levels carry their `recent` newest builds.
 */
export function itemFieldsWithChildren(nested: number, recent: number): string {
  return `${ownFields(recent)},${ranged('jobs', itemFields(recent), 0, nested)}`;
}

function ownFields(recent: number): string {
  return recent > 0 ? `${OWN_ITEM_FIELDS},${ranged('builds', BUILD_FIELDS, 0, recent)}` : OWN_ITEM_FIELDS;
}

/** `items[fields]{from,to}`: `to` is exclusive, as in Stapler. */
export function ranged(property: string, fields: string, from: number, to: number): string {
  return `${property}[${fields}]{${from},${to}}`;
}
