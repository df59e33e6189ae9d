import { ChangeRecorder } from './change-recorder.js';
import { generateGithub } from './generate-github.js';
import { LIBRARY_REPO_NAME } from './generate-github-orgs.js';
import { generateJenkins } from './generate-jenkins.js';
import { generateJira, jiraActorsOf } from './generate-jira.js';
import { githubStep } from './github-step.js';
import { jenkinsStep } from './jenkins-step.js';
import { jiraStep } from './jira-step.js';
import { generatePeople } from './people.js';
import { Random } from './random.js';
import { SCALE_PROFILES } from './scale-profile.js';
import { StepTimer } from './step-timer.js';
import { DEFAULT_WORLD_START, STEP_MS, WorldClock } from './world-clock.js';
import { worldTruth } from './world-truth.js';
import type { AdvanceSummary, World, WorldOptions } from './world-types.js';

const YEAR = 365 * 86_400_000;

function startOf(start: WorldOptions['start']): number {
  if (start === undefined) return DEFAULT_WORLD_START;
  const ms = typeof start === 'number' ? start : Date.parse(start);
  if (!Number.isFinite(ms)) throw new Error(`createWorld: invalid start ${String(start)}`);
  return ms;
}

/**
 * Generates a world: people shared by GitHub, Jira and Jenkins, then the Jira site, the GitHub
 * organisations with two years of history before the clock's start, and the Jenkins controller
 * building their commits. Everything derives from the seed; nothing reads the real time.
 */
export function createWorld(options: WorldOptions): World {
  const scale = options.scale ?? 'small';
  const profile = SCALE_PROFILES[scale];
  if (!profile) throw new Error(`createWorld: unknown scale ${String(scale)}`);
  const clock = new WorldClock(startOf(options.start));
  const root = new Random(options.seed);
  const now = clock.now();
  const horizon = now - 2 * YEAR;
  const people = generatePeople(root.fork('people'), profile.orgs, profile.membersPerOrg);
  const jira = generateJira(root.fork('jira'), people, profile, horizon, now);
  const github = generateGithub(root.fork('github'), people, jira, profile, horizon, now);
  const jenkins = generateJenkins(root.fork('jenkins'), github, people, profile, now);
  const actors = jiraActorsOf(jira, people);
  const library = github.stateOf(`${[...github.organizations.keys()][0]}/${LIBRARY_REPO_NAME}`);
  const rng = root.fork('advance');

  const advance = (steps = 1): AdvanceSummary => {
    if (!Number.isInteger(steps) || steps < 0) throw new Error(`advance: steps must be a whole number, got ${steps}`);
    const rec = new ChangeRecorder();
    const from = clock.now();
    for (let s = 0; s < steps; s++) {
      const start = clock.now();
      clock.tick(STEP_MS);
      const at = clock.now();
      const timer = new StepTimer(rng, start, at);
      const moved = githubStep(
        { store: github, rng, now: at, ciShare: profile.ciShare, rec },
        jira,
        profile.step,
        timer,
      );
      jiraStep({ store: jira, rec }, rng, actors, profile.step, timer, at);
      jenkinsStep({ store: jenkins, rng, now: at, rec }, github, library, moved, profile.step, timer);
    }
    return rec.summary(steps, from, clock.now());
  };

  return {
    seed: options.seed,
    scale,
    clock,
    github,
    jira,
    jenkins,
    advance,
    truth: () => worldTruth({ seed: options.seed, scale, now: clock.now() }, github, jira, jenkins),
  };
}
