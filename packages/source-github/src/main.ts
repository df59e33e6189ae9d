import { main } from '@faros-ce/sdk';
import { GithubSource } from './github-source.js';

await main(new GithubSource());
