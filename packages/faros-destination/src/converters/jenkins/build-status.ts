/** A Faros CE build status: category Success, Failed, Canceled, Running, Queued or Unknown, and Jenkins' word. */
export interface BuildStatus {
  readonly category: 'Success' | 'Failed' | 'Canceled' | 'Running' | 'Queued' | 'Unknown';
  readonly detail: string;
}

/**
 * The Faros status of a Jenkins build. `UNSTABLE` (tests failed) counts as failed and `NOT_BUILT`
 * (skipped) as canceled. A build without a result is running while `building`; a build record
 * is never queued (Jenkins lists queue items elsewhere), so a resultless build that is not
 * building is `Unknown`.
 */
export function buildStatus(result: string | undefined, building: boolean | undefined): BuildStatus {
  if (result === undefined) {
    return building === false
      ? { category: 'Unknown', detail: 'unknown' }
      : { category: 'Running', detail: 'building' };
  }
  switch (result.toUpperCase()) {
    case 'SUCCESS':
      return { category: 'Success', detail: result };
    case 'FAILURE':
    case 'UNSTABLE':
      return { category: 'Failed', detail: result };
    case 'ABORTED':
    case 'NOT_BUILT':
      return { category: 'Canceled', detail: result };
    default:
      return { category: 'Unknown', detail: result };
  }
}
