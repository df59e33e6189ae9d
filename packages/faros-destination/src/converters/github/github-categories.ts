/** A Faros enum-like value: a category the dashboards filter on, and the source's own word. */
export interface Category {
  readonly category: string;
  readonly detail: string;
}

/** PR state: Merged when `merged_at` is set (GitHub then says `closed`), else Open or Closed. */
export function pullRequestState(state: string, mergedAt: string | undefined): Category {
  const detail = state.toLowerCase();
  if (mergedAt !== undefined) return { category: 'Merged', detail };
  if (detail === 'open') return { category: 'Open', detail };
  if (detail === 'closed') return { category: 'Closed', detail };
  return { category: 'Custom', detail };
}

const REVIEW_STATES: Readonly<Record<string, string>> = {
  APPROVED: 'Approved',
  COMMENTED: 'Commented',
  CHANGES_REQUESTED: 'ChangesRequested',
  DISMISSED: 'Dismissed',
};

/** Review state (`APPROVED`, `CHANGES_REQUESTED`...); `PENDING` and unknown words are Custom. */
export function reviewState(state: string): Category {
  return { category: REVIEW_STATES[state.toUpperCase()] ?? 'Custom', detail: state };
}

const CONCLUSIONS: Readonly<Record<string, string>> = {
  success: 'Success',
  failure: 'Failed',
  timed_out: 'Failed',
  startup_failure: 'Failed',
  cancelled: 'Canceled',
  skipped: 'Canceled',
  stale: 'Canceled',
};

const RUNNING_STATUSES: Readonly<Record<string, string>> = {
  in_progress: 'Running',
  queued: 'Queued',
  waiting: 'Queued',
  requested: 'Queued',
  pending: 'Queued',
};

/**
 * Status of a workflow run or job from its `status` and `conclusion`: a conclusion decides once the run
 * completed (`neutral`, `action_required` are Custom); before that the status says Running or Queued.
 */
export function buildStatus(status: string | undefined, conclusion: string | undefined): Category {
  if (conclusion !== undefined) {
    const word = conclusion.toLowerCase();
    return { category: CONCLUSIONS[word] ?? 'Custom', detail: word };
  }
  const word = (status ?? 'unknown').toLowerCase();
  return { category: RUNNING_STATUSES[word] ?? (word === 'completed' ? 'Unknown' : 'Custom'), detail: word };
}

const ENV_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['Prod', ['production', 'prod', 'prd', 'live']],
  ['Staging', ['staging', 'stage', 'stg', 'preprod', 'preproduction']],
  ['QA', ['qa', 'test', 'testing', 'uat']],
  ['Dev', ['development', 'dev', 'develop', 'sandbox', 'preview']],
];

/**
 * Deployment environment: `production_environment` or a word of the name (`us-east-production`,
 * `Staging`) picks Prod, Staging, QA or Dev; anything else is Custom with the name as detail.
 */
export function deploymentEnv(environment: string, production: boolean | undefined): Category {
  if (production === true) return { category: 'Prod', detail: environment };
  const words = environment.toLowerCase().split(/[^a-z0-9]+/);
  for (const [category, names] of ENV_WORDS) {
    if (words.some((word) => names.includes(word))) return { category, detail: environment };
  }
  return { category: 'Custom', detail: environment };
}

const DEPLOYMENT_STATES: Readonly<Record<string, string>> = {
  success: 'Success',
  failure: 'Failed',
  error: 'Failed',
  in_progress: 'Running',
  queued: 'Queued',
  pending: 'Queued',
};

/** Deployment status state (`success`, `failure`, `inactive`...); `inactive` and unknown words are Custom. */
export function deploymentStatus(state: string): Category {
  const word = state.toLowerCase();
  return { category: DEPLOYMENT_STATES[word] ?? 'Custom', detail: word };
}

/** Issue or milestone state as a task status: `open` is Todo, `closed` is Done. */
export function issueStatus(state: string): Category {
  const detail = state.toLowerCase();
  if (detail === 'open') return { category: 'Todo', detail };
  if (detail === 'closed') return { category: 'Done', detail };
  return { category: 'Custom', detail };
}

/** GitHub account type (`User`, `Bot`, `Organization`) as a Faros user type. */
export function accountType(type: string): Category {
  const known = ['User', 'Bot', 'Organization'];
  return { category: known.includes(type) ? type : 'Custom', detail: type };
}
