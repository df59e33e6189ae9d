/**
 * The GitHub `owner/name` of a git remote URL, or undefined when the URL is not a two-segment
 * repository path (GitLab subgroups, Bitbucket Server's `scm/…` paths). Any host is accepted:
 * GitHub Enterprise and test servers serve repositories at `/<owner>/<name>` too. Forms:
 * `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@github.com/o/r`.
 */
export function githubRepoOfRemote(remote: string): { owner: string; name: string } | undefined {
  const trimmed = remote.trim();
  let path: string;
  const scp = /^[\w.-]+@[\w.-]+:(?!\/\/)(.+)$/.exec(trimmed);
  if (scp !== null) {
    path = scp[1] ?? '';
  } else {
    try {
      path = new URL(trimmed).pathname;
    } catch {
      return undefined;
    }
  }
  const parts = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  const [owner, name] = parts;
  if (!owner || !name) return undefined;
  return { owner: decodeURIComponent(owner), name: decodeURIComponent(name) };
}
