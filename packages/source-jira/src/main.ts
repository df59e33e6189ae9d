import { main } from '@faros-ce/sdk';
import { JiraSource } from './jira-source.js';

await main(new JiraSource());
