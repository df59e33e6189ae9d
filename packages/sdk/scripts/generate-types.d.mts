/** The text `src/protocol/generated.ts` must hold for the current protocol schema. */
export function generateProtocolTypes(): Promise<string>;
