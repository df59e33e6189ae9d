import type { Converter } from '../converter.js';

/** Every converter of the jenkins source's streams. */
export const JENKINS_CONVERTERS: readonly Converter[] = [];
