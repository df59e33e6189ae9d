import type { Random } from './random.js';

// Words and texts of the world. Shared strings keep large worlds small: most bodies are references
// to the same few texts. Edge cases (unicode, very long bodies) are chosen by index so that every
// world has them.

const VERBS = ['Fix', 'Add', 'Refactor', 'Remove', 'Update', 'Improve', 'Handle', 'Speed up', 'Document', 'Test'];
const OBJECTS = [
  'login flow',
  'rate limiter',
  'billing export',
  'search index',
  'retry on 502',
  'dark mode toggle',
  'CSV import',
  'webhook signature check',
  'pagination of audit log',
  'cache invalidation',
  'timezone handling',
  'feature flag cleanup',
  'metrics endpoint',
  'onboarding wizard',
  'PDF renderer',
  'session expiry',
];

/** Titles that exercise unicode handling: accents, CJK, RTL, emoji with joiners, combining marks. */
export const UNICODE_TEXTS: readonly string[] = [
  'Ünïcödé in naïve café parser — “smart quotes” ✓',
  '修复登录页面的时区问题 🚀',
  'إصلاح ترتيب الأعمدة في التقرير',
  'Handle 👩‍💻 and 🏳️‍🌈 emoji sequences in display names',
  'Zalgo: t̷e̴x̸t̶ with combining marks and \u200bzero-width spaces',
  'Корректная сортировка кириллицы',
];

const BODIES: readonly string[] = [
  '## Summary\n\nSmall, focused change.\n\n## Testing\n\n- [x] unit tests\n- [ ] manual check',
  'This fixes the issue reported by support.\r\n\r\nSteps to reproduce are in the ticket.',
  'See the linked ticket for context.',
  '### What\nRefactor only, no behaviour change.\n\n```ts\nconst x = compute(input);\n```\n',
  'Follow-up to the previous change: addresses the review comments.',
];

function buildLongText(paragraphs: number, unit: string): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) parts.push(`${i + 1}. ${unit}`);
  return parts.join('\n\n');
}

const LONG_UNIT =
  'Stack trace excerpt and analysis: the worker retried the request after a 502 but the cursor ' +
  'had already advanced, so the page was skipped. Ünïcødé, 漢字 and emoji 🧪 are kept on purpose. ';

/** A very long markdown body (about 60,000 characters, under GitHub's 65,536 limit). */
export const LONG_GITHUB_BODY: string = buildLongText(330, LONG_UNIT).slice(0, 60_000);
/** A very long Jira description (about 30,000 characters, under Jira's 32,767 limit). */
export const LONG_JIRA_TEXT: string = buildLongText(170, LONG_UNIT).slice(0, 30_000);

/** A short lower-case slug of a title for branch names (ascii only unless `keepUnicode`). */
export function slugOf(title: string, keepUnicode = false): string {
  const base = keepUnicode
    ? title.toLowerCase()
    : title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  const slug = base
    .replace(keepUnicode ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 4)
    .join('-');
  return slug || 'change';
}

/** A work title: unicode for every 37th index (from the 5th), otherwise verb + object. */
export function workTitle(rng: Random, index: number): string {
  if (index % 37 === 5) return UNICODE_TEXTS[Math.floor(index / 37) % UNICODE_TEXTS.length] as string;
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
}

/** A pull request or issue body: very long for every 61st index (from the 11th), sometimes null. */
export function workBody(rng: Random, index: number): string | null {
  if (index % 61 === 11) return LONG_GITHUB_BODY;
  if (index % 37 === 5) return `${UNICODE_TEXTS[index % UNICODE_TEXTS.length]}\n\n${rng.pick(BODIES)}`;
  return rng.chance(0.1) ? null : rng.pick(BODIES);
}

/** A Jira description: very long for every 53rd index (from the 7th), sometimes null. */
export function jiraDescription(rng: Random, index: number): string | null {
  if (index % 53 === 7) return LONG_JIRA_TEXT;
  return rng.chance(0.2) ? null : rng.pick(BODIES);
}

const COMMIT_SUBJECTS = [
  'wip',
  'address review comments',
  'add tests',
  'fix lint',
  'handle edge case',
  'rename variables',
  'update snapshots',
  'simplify logic',
];

/** A commit message for a pull request's commit. */
export function commitMessage(rng: Random, jiraKey: string | null): string {
  const subject = rng.pick(COMMIT_SUBJECTS);
  return jiraKey ? `${jiraKey} ${subject}` : subject;
}

const REVIEW_BODIES = ['', 'LGTM 👍', 'A few nits inline.', 'Please add a test for the error path.', 'Nice work!'];
const COMMENT_BODIES = [
  'Could this be `const`?',
  'Nit: typo here.',
  'What happens when the list is empty?',
  'Should we log this at debug level instead?',
  'Ce nom de variable est un peu ambigu — peut-être `retryCount` ?',
  '这里需要处理空值吗？',
];
const PATHS = [
  'src/index.ts',
  'src/api/client.ts',
  'src/billing/export.ts',
  'docs/README.md',
  'test/e2e/login.test.ts',
  'src/ui/Settings.tsx',
  'src/i18n/messages.ja.json',
];

/** A review body. */
export function reviewBody(rng: Random): string {
  return rng.pick(REVIEW_BODIES);
}

/** A review comment body. */
export function commentBody(rng: Random): string {
  return rng.pick(COMMENT_BODIES);
}

/** A file path of a review comment. */
export function filePath(rng: Random): string {
  return rng.pick(PATHS);
}

const PACKAGES = ['lodash', 'axios', 'react', 'typescript', 'eslint', 'vitest', 'express', 'zod'];

/** A dependency bump as dependabot titles it, with the matching branch name. */
export function dependencyBump(rng: Random): { title: string; branch: string } {
  const pkg = rng.pick(PACKAGES);
  const from = `${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`;
  const to = from.replace(/\.(\d+)$/, (_m, p: string) => `.${Number(p) + 1}`);
  return { title: `Bump ${pkg} from ${from} to ${to}`, branch: `dependabot/npm_and_yarn/${pkg}-${to}` };
}
