/** A validation problem the simulators keep on purpose, because real Jira answers so. */
export interface SpecDeviation {
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Where Atlassian's description is wrong about Jira and the simulators follow Jira. */
export const JIRA_SPEC_DEVIATIONS: readonly SpecDeviation[] = [
  {
    pattern: /\/items\/\d+\/(from|to|fromString|toString) must be string$/,
    reason:
      'changelog items carry null from/to (e.g. a first assignee) in real answers; the spec types them as strings',
  },
];
