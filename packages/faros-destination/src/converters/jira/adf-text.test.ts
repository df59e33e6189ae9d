import { describe, expect, it } from 'vitest';
import { adfText } from './adf-text.js';

describe('adfText', () => {
  it('keeps wiki-markup strings and reads null as absent', () => {
    expect(adfText('h1. Title\n*bold*', 'd')).toBe('h1. Title\n*bold*');
    expect(adfText(null, 'd')).toBeUndefined();
  });

  it('flattens a document: paragraphs on lines, mentions, links and hard breaks kept', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Plan' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 'x', text: '@Bob' } },
            { type: 'text', text: ' see' },
            { type: 'hardBreak' },
            { type: 'inlineCard', attrs: { url: 'https://example.com/x' } },
          ],
        },
      ],
    };
    expect(adfText(doc, 'd')).toBe('Plan\n@Bob see\nhttps://example.com/x');
  });

  it('rejects other values, naming the field', () => {
    expect(() => adfText(12, 'fields.description')).toThrow(/^field fields\.description: /);
  });
});
