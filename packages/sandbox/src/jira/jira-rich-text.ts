import type { JiraView } from './jira-view.js';

// The world's texts are plain; Cloud (v3) sends them as Atlassian Document Format, Data Center (v2)
// as wiki-markup strings, and `renderedFields` as HTML.

/** An ADF document. */
export interface AdfDocument {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly AdfParagraph[];
}

interface AdfParagraph {
  readonly type: 'paragraph';
  readonly content: readonly { readonly type: 'text'; readonly text: string }[];
}

const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map((p) => p.trim());

/** Plain text as an ADF document: one paragraph per blank-line-separated block. */
export function toAdf(text: string): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs(text).map((p) => ({
      type: 'paragraph',
      content: p === '' ? [] : [{ type: 'text', text: p }],
    })),
  };
}

/** Plain text as wiki markup: paragraphs stay blank-line separated; markup characters are escaped. */
export function toWiki(text: string): string {
  return paragraphs(text)
    .map((p) => p.replace(/([*_{}[\]|^~+-])/g, '\\$1'))
    .join('\n\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as Jira's rendered HTML. */
export function toHtml(text: string): string {
  return paragraphs(text)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** A text as the flavor sends it: ADF on Cloud, wiki markup on Data Center. */
export function richText(view: JiraView, text: string): AdfDocument | string {
  return view.site.flavor === 'cloud' ? toAdf(text) : toWiki(text);
}
