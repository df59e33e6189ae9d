/**
 * Which jobs a sync reads, from glob patterns on full names: `*` matches within one name, `**`
 * across folders, `?` one character. Exclusions win; an excluded folder is not walked. Include
 * patterns select buildable jobs (folders are still walked to find them).
 */
export class JobFilter {
  private readonly include: readonly RegExp[];
  private readonly exclude: readonly RegExp[];

  constructor(include: readonly string[] = [], exclude: readonly string[] = []) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  /** False when the item (job or folder) matches an exclusion. */
  allows(fullName: string): boolean {
    return !this.exclude.some((re) => re.test(fullName));
  }

  /** True when a buildable job is selected: not excluded, and included when there are include patterns. */
  selects(fullName: string): boolean {
    return this.allows(fullName) && (this.include.length === 0 || this.include.some((re) => re.test(fullName)));
  }
}

/** A glob on full names as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}
