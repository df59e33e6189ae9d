import type {
  AdvanceSummary,
  EntityChanges,
  GithubEntityName,
  JenkinsEntityName,
  JiraEntityName,
  MovedJiraIssue,
} from './world-types.js';

type System = 'github' | 'jira' | 'jenkins';
type EntityName<S extends System> = S extends 'github'
  ? GithubEntityName
  : S extends 'jira'
    ? JiraEntityName
    : JenkinsEntityName;

type Op = 'created' | 'updated' | 'deleted';

/** Collects what an advance changes, then summarises it. */
export class ChangeRecorder {
  // system -> entity -> key -> last op (Map keeps first-seen order)
  private readonly ops = new Map<System, Map<string, Map<string, Op>>>();
  private readonly moves: MovedJiraIssue[] = [];

  created<S extends System>(system: S, entity: EntityName<S>, key: string): void {
    this.mark(system, entity, key, 'created');
  }

  updated<S extends System>(system: S, entity: EntityName<S>, key: string): void {
    this.mark(system, entity, key, 'updated');
  }

  deleted<S extends System>(system: S, entity: EntityName<S>, key: string): void {
    this.mark(system, entity, key, 'deleted');
  }

  moved(move: MovedJiraIssue): void {
    this.moves.push(move);
    this.deleted('jira', 'issues', move.from);
    this.created('jira', 'issues', move.to);
  }

  private mark(system: System, entity: string, key: string, op: Op): void {
    let entities = this.ops.get(system);
    if (!entities) {
      entities = new Map();
      this.ops.set(system, entities);
    }
    let keys = entities.get(entity);
    if (!keys) {
      keys = new Map();
      entities.set(entity, keys);
    }
    const previous = keys.get(key);
    if (previous === undefined) keys.set(key, op);
    else if (op === 'deleted') {
      if (previous === 'created') keys.delete(key);
      else keys.set(key, 'deleted');
    } else if (op === 'created' && previous === 'deleted') keys.set(key, 'updated');
    // created/updated followed by updated: keep the first op
  }

  /** The summary of everything recorded. */
  summary(steps: number, from: number, to: number): AdvanceSummary {
    const counts = { created: 0, updated: 0, deleted: 0 };
    const bySystem = (system: System): Record<string, EntityChanges> => {
      const out: Record<string, EntityChanges> = {};
      for (const [entity, keys] of this.ops.get(system) ?? []) {
        const changes = { created: [] as string[], updated: [] as string[], deleted: [] as string[] };
        for (const [key, op] of keys) changes[op].push(key);
        if (keys.size === 0) continue;
        counts.created += changes.created.length;
        counts.updated += changes.updated.length;
        counts.deleted += changes.deleted.length;
        out[entity] = changes;
      }
      return out;
    };
    return {
      steps,
      from,
      to,
      github: bySystem('github'),
      jira: bySystem('jira'),
      jenkins: bySystem('jenkins'),
      movedJiraIssues: this.moves.slice(),
      counts,
    };
  }
}
