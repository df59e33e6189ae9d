import { describe, expect, it } from 'vitest';
import { jiraKeysIn } from './jira-links.js';

describe('jiraKeysIn', () => {
  it('finds keys in titles and branch names, in order, each once', () => {
    expect(jiraKeysIn('PROJ-12: fix (also AB2-7)', 'feature/PROJ-12_login', 'bugfix/OPS-300-crash')).toEqual([
      'PROJ-12',
      'AB2-7',
      'OPS-300',
    ]);
  });

  it('ignores keys glued to other letters or digits, lower-case keys, one-letter projects and absent texts', () => {
    expect(jiraKeysIn('XPROJ-1a', 'proj-12', 'A-1', 'PROJ-12x', undefined)).toEqual([]);
  });

  it('ignores identifiers shaped like keys (UTF-8, SHA-256, CVE ids)', () => {
    expect(jiraKeysIn('Read UTF-8 files, hash with SHA-256, patch CVE-2024-1234')).toEqual([]);
  });
});
