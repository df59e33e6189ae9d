/** The text `src/generated/config.ts` must hold for the current connection specification. */
export function generateConfigType(): Promise<string>;
