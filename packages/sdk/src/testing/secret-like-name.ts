// Names (in snake_case) whose values are credentials. Matched at the end of the field name, so
// `api_key` and `personal_access_token` match and `token_url` or `key_format` do not.
const SECRET_ENDINGS = [
  /(^|_)(token|secret|password|passwd|key|apikey|jwt|certificate|credentials?)$/,
  /(^|_)(tenant_id|app_id)$/,
  /(^|_)service_account(_info)?$/,
];

// Fields that end in `key` but hold identifiers, not credentials.
const NOT_SECRET = new Set(['primary_key', 'project_key', 'issue_key', 'partition_key', 'sort_key', 'cursor_key']);

/** True when a field name looks like it holds a credential: `token`, `apiKey`, `client_secret`, `tenant_id`... */
export function isSecretLikeName(name: string): boolean {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()
    .replace(/^_+|_+$/g, '');
  if (NOT_SECRET.has(snake)) return false;
  return SECRET_ENDINGS.some((pattern) => pattern.test(snake));
}
