/**
 * English plural of the last word of a name, for array relationship names (`vcs_Repository` →
 * `vcs_Repositories`, `vcs_Branch` → `vcs_Branches`, `ims_IncidentTasks` unchanged). Our own small rule set,
 * agreeing with the `pluralize` package CE's init uses on every table name CE has.
 */
export function pluralize(name: string): string {
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(name)) return name.replace(pattern, replacement);
  }
  return `${name}s`;
}

const RULES: readonly (readonly [RegExp, string])[] = [
  [/(x|ch|ss|sh|zz)$/i, '$1es'],
  [/([^aeiouy]|qu)y$/i, '$1ies'],
  [/(sis)$/i, 'ses'],
  [/([^aou])us$/i, '$1uses'],
  [/(alias|gas)$/i, '$1es'],
  [/s$/i, 's'],
];
