import { worldKeys as k } from './world-keys.js';
import type { GithubData } from './world-types.js';

/** Collects problems, keeping the first `limit`. */
export class Problems {
  readonly list: string[] = [];
  constructor(private readonly limit = 50) {}
  add(message: string): void {
    if (this.list.length < this.limit) this.list.push(message);
  }
  check(ok: boolean, message: () => string): void {
    if (!ok) this.add(message());
  }
}

/** Checks that GitHub's entities refer to each other consistently. */
export function checkGithub(gh: GithubData, window: { from: number; to: number }, p: Problems): void {
  const user = (login: string | null): boolean => login === null || gh.users.has(login);
  const commit = (repo: string, sha: string): boolean => gh.commits.has(k.commit(repo, sha));
  const inWindow = (t: number): boolean => Number.isInteger(t) && t >= window.from && t <= window.to;
  for (const repo of gh.repositories) {
    p.check(gh.organizations.has(repo.owner), () => `repo ${repo.fullName}: unknown owner`);
    p.check(
      gh.branches.has(k.branch(repo.fullName, repo.defaultBranch)),
      () => `repo ${repo.fullName}: no default branch`,
    );
  }
  for (const team of gh.teams) {
    p.check(gh.organizations.has(team.org), () => `team ${team.slug}: unknown org`);
    p.check(team.members.every(user), () => `team ${team.slug}: unknown member`);
    p.check(
      team.repositories.every((r) => gh.repositories.has(r)),
      () => `team ${team.slug}: unknown repository`,
    );
  }
  for (const b of gh.branches) p.check(commit(b.repo, b.sha), () => `branch ${b.repo}:${b.name}: unknown commit`);
  for (const c of gh.commits) {
    p.check(gh.repositories.has(c.repo), () => `commit ${c.sha}: unknown repo`);
    p.check(user(c.authorLogin) && user(c.committerLogin), () => `commit ${c.sha}: unknown account`);
    p.check(inWindow(c.committedAt), () => `commit ${c.sha}: time outside the world's history`);
    for (const parent of c.parents) {
      const pc = gh.commits.get(k.commit(c.repo, parent));
      p.check(pc !== undefined && pc.committedAt <= c.committedAt, () => `commit ${c.sha}: bad parent ${parent}`);
    }
  }
  for (const repo of gh.repositories.keys()) {
    const numbers = new Set<number>();
    for (const item of gh.issuesAndPullsOf(repo)) {
      p.check(!numbers.has(item.number), () => `${repo}#${item.number}: number used twice`);
      numbers.add(item.number);
    }
  }
  for (const pr of gh.pullRequests) {
    const key = k.issue(pr.repo, pr.number);
    p.check(gh.repositories.has(pr.repo), () => `${key}: unknown repo`);
    p.check(user(pr.author) && user(pr.mergedBy), () => `${key}: unknown account`);
    p.check(pr.commits.length > 0 && pr.commits.every((sha) => commit(pr.repo, sha)), () => `${key}: unknown commit`);
    p.check(pr.commits.at(-1) === pr.headSha && commit(pr.repo, pr.baseSha), () => `${key}: bad head or base`);
    p.check(
      pr.labels.every((l) => gh.labels.has(k.label(pr.repo, l))),
      () => `${key}: unknown label`,
    );
    p.check(
      pr.milestone === null || gh.milestones.has(k.milestone(pr.repo, pr.milestone)),
      () => `${key}: unknown milestone`,
    );
    const owner = pr.repo.split('/')[0] ?? '';
    p.check(
      pr.requestedTeams.every((t) => gh.teams.has(k.team(owner, t))),
      () => `${key}: unknown team`,
    );
    p.check(
      inWindow(pr.createdAt) && inWindow(pr.updatedAt) && pr.updatedAt >= pr.createdAt,
      () => `${key}: bad times`,
    );
    if (pr.mergedAt !== null) {
      p.check(
        pr.state === 'closed' && pr.mergeCommitSha !== null && commit(pr.repo, pr.mergeCommitSha),
        () => `${key}: bad merge`,
      );
    }
    p.check((pr.state === 'open') === (pr.closedAt === null), () => `${key}: state and closedAt disagree`);
  }
  for (const issue of gh.issues) {
    const key = k.issue(issue.repo, issue.number);
    p.check(gh.repositories.has(issue.repo) && user(issue.author), () => `${key}: unknown repo or author`);
    p.check(
      issue.labels.every((l) => gh.labels.has(k.label(issue.repo, l))),
      () => `${key}: unknown label`,
    );
    p.check((issue.state === 'open') === (issue.closedAt === null), () => `${key}: state and closedAt disagree`);
    p.check(inWindow(issue.createdAt), () => `${key}: time outside the world's history`);
  }
  for (const r of gh.reviews) {
    const pr = gh.pullRequests.get(k.issue(r.repo, r.pullNumber));
    p.check(pr?.commits.includes(r.commitSha) === true, () => `review ${r.id}: unknown pull request or commit`);
    p.check(user(r.author), () => `review ${r.id}: unknown author`);
    p.check(
      (r.state === 'PENDING') === (r.submittedAt === null),
      () => `review ${r.id}: pending and submittedAt disagree`,
    );
  }
  for (const c of gh.reviewComments) {
    const review = gh.reviews.get(k.review(c.repo, c.pullNumber, c.reviewId));
    p.check(review !== undefined, () => `review comment ${c.id}: unknown review`);
    const parent =
      c.inReplyToId === null || gh.reviewComments.has(k.reviewComment(c.repo, c.pullNumber, c.inReplyToId));
    p.check(parent && commit(c.repo, c.commitSha), () => `review comment ${c.id}: unknown parent or commit`);
  }
  for (const t of gh.tags) p.check(commit(t.repo, t.sha), () => `tag ${t.name}: unknown commit`);
  for (const r of gh.releases) {
    p.check(r.draft || gh.tags.has(k.tag(r.repo, r.tagName)), () => `release ${r.id}: unknown tag`);
    p.check(r.draft === (r.publishedAt === null), () => `release ${r.id}: draft and publishedAt disagree`);
  }
  for (const run of gh.workflowRuns) {
    p.check(gh.workflows.has(k.workflow(run.repo, run.workflowId)), () => `run ${run.id}: unknown workflow`);
    p.check(commit(run.repo, run.headSha), () => `run ${run.id}: unknown commit`);
    p.check(
      run.pullNumbers.every((n) => gh.pullRequests.has(k.issue(run.repo, n))),
      () => `run ${run.id}: unknown PR`,
    );
    p.check(
      (run.status === 'completed') === (run.conclusion !== null),
      () => `run ${run.id}: status and conclusion disagree`,
    );
    p.check(gh.workflowJobs.group(String(run.id)).length > 0, () => `run ${run.id}: no jobs`);
    p.check(
      inWindow(run.createdAt) && run.updatedAt <= window.to,
      () => `run ${run.id}: time outside the world's history`,
    );
  }
  for (const job of gh.workflowJobs) {
    const run = gh.workflowRuns.get(k.workflowRun(job.repo, job.runId));
    p.check(run !== undefined && run.status === job.status, () => `job ${job.id}: unknown run or status differs`);
  }
  for (const d of gh.deployments) {
    p.check(commit(d.repo, d.sha) && d.statuses.length > 0, () => `deployment ${d.id}: unknown commit or no status`);
    p.check(
      d.statuses.every((s) => inWindow(s.createdAt)),
      () => `deployment ${d.id}: status time outside the world's history`,
    );
  }
}
