/** One `${VAR}` reference that has no value. */
export interface UnsetVariable {
  readonly name: string;
}

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces every `${VAR}` in `text` with the variable's value; `$$` stands for a literal `$`.
 * Returns the text, or the first variable that is not set (an empty value counts as set).
 */
export function interpolateEnv(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; value: string } | { ok: false; unset: UnsetVariable } {
  let unset: string | undefined;
  const value = text.replace(REFERENCE, (match: string, name: string | undefined) => {
    if (name === undefined) return '$';
    const found = env[name];
    if (found === undefined) {
      unset ??= name;
      return match;
    }
    return found;
  });
  return unset === undefined ? { ok: true, value } : { ok: false, unset: { name: unset } };
}
