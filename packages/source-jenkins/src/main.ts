import { main } from '@faros-ce/sdk';
import { JenkinsSource } from './jenkins-source.js';

await main(new JenkinsSource());
