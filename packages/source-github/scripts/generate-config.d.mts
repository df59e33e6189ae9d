/** The TypeScript text of the config type, from the spec's connection specification. */
export function generateConfigTypes(): Promise<string>;
