import type { Converter } from '../converter.js';
import { buildsConverter } from './builds.js';
import { jobsConverter } from './jobs.js';

/** Every converter of the jenkins source's streams. */
export const JENKINS_CONVERTERS: readonly Converter[] = [jobsConverter, buildsConverter];
