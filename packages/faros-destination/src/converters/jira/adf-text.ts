import { fieldError, isObject } from '../record-fields.js';

// Block nodes of the Atlassian Document Format whose text ends a line.
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'panel',
  'rule',
  'tableRow',
  'mediaSingle',
  'expand',
  'nestedExpand',
  'decisionItem',
  'taskItem',
]);

/**
 * Plain text of a Jira rich-text value: API v3 gives an Atlassian Document Format tree (`{type:
 * 'doc', content: [...]}`), API v2 and Data Center a wiki-markup string, which is kept as it is.
 * Undefined for null or absent; throws an `Error` naming `path` for anything else.
 */
export function adfText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (!isObject(value)) throw fieldError(path, `expected a string or a document, got ${typeof value}`);
  const parts: string[] = [];
  walk(value, parts);
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: Record<string, unknown>, out: string[]): void {
  const type = typeof node.type === 'string' ? node.type : '';
  const attrs = isObject(node.attrs) ? node.attrs : {};
  if (type === 'text' && typeof node.text === 'string') out.push(node.text);
  else if (type === 'hardBreak') out.push('\n');
  else if ((type === 'mention' || type === 'emoji' || type === 'date') && typeof attrs.text === 'string') {
    out.push(attrs.text);
  } else if ((type === 'inlineCard' || type === 'blockCard') && typeof attrs.url === 'string') out.push(attrs.url);
  if (Array.isArray(node.content)) {
    for (const child of node.content) if (isObject(child)) walk(child, out);
  }
  if (BLOCKS.has(type)) out.push('\n');
}
