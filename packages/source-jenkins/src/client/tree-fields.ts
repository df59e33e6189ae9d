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
 * Fields of an item, with its `recent` newest builds (0: none), and for a folder its first items,
 * `levels` deep: `levels[0]` of its items, each with the first `levels[1]` of theirs, and so on; the
 * last level's folders list `jobs[name]{0,1}` only, which tells folders (and empty ones) apart (leaf
 * jobs have no `jobs` and add nothing). `builds` is Jenkins' newest 100 builds (`allBuilds` has them
 * all), newest first: its first few are the newest few, and Jenkins never iterates past 100 to answer.
 */
export function itemFields(recent: number, levels: readonly number[] = []): string {
  const [first, ...rest] = levels;
  const jobs = first === undefined ? 'jobs[name]{0,1}' : ranged('jobs', itemFields(recent, rest), 0, first);
  return `${ownFields(recent)},${jobs}`;
}

function ownFields(recent: number): string {
  return recent > 0 ? `${OWN_ITEM_FIELDS},${ranged('builds', BUILD_FIELDS, 0, recent)}` : OWN_ITEM_FIELDS;
}

/** `items[fields]{from,to}`: `to` is exclusive, as in Stapler. */
export function ranged(property: string, fields: string, from: number, to: number): string {
  return `${property}[${fields}]{${from},${to}}`;
}
