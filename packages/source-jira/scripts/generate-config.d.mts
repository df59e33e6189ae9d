/** The text `src/generated/config.ts` must hold for the current spec. */
export function generateConfigTypes(): Promise<string>;
