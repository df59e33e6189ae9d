import type { Converter } from '../converter.js';

/** Every converter of the jira source's streams. */
export const JIRA_CONVERTERS: readonly Converter[] = [];
