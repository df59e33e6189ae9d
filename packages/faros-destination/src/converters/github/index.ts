import type { Converter } from '../converter.js';

/** Every converter of the github source's streams. */
export const GITHUB_CONVERTERS: readonly Converter[] = [];
