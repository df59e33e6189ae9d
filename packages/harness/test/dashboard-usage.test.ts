import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { buildDashboards } from '../scripts/generate-dashboard-usage.mjs';
import { DASHBOARD_USAGE } from '../src/demo/generated/dashboard-usage.js';

const usagePath = fileURLToPath(new URL('../../../../shared/reference/faros-ce/dashboard-usage.json', import.meta.url));
const haveUsage = existsSync(usagePath);
if (!haveUsage)
  console.warn(`dashboard-usage: ${usagePath} is missing (a user's clone), so the stale check is skipped`);

describe.skipIf(!haveUsage)('the embedded dashboard facts', () => {
  it('equal what dashboard-usage.json says (else run npm run generate:dashboards)', () => {
    const usage = JSON.parse(readFileSync(usagePath, 'utf8'));
    expect(DASHBOARD_USAGE).toEqual(buildDashboards(usage));
    expect(DASHBOARD_USAGE.map((d) => d.name)).toContain('PRs dashboard');
    expect(DASHBOARD_USAGE.length).toBe(usage.dashboards.length);
  });
});
