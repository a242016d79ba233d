import { describe, expect, it } from 'vitest';
import { TEXT_FORMAT, type NoteContent, type SerializedNode } from '../domain/content';
import { applyNameFixes, findContentNameIssues, fixAllNamesInContent } from './content';
import { DEMO_PEOPLE } from './demo-people.test-helper';

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format });

function note(): NoteContent {
  return {
    root: {
      type: 'root',
      ...el,
      children: [
        { type: 'heading', tag: 'h1', ...el, children: [text('Call on President Erdogan')] },
        {
          type: 'paragraph',
          ...el,
          children: [
            text('Host: '),
            { type: 'field', version: 1, field: 'visit.counterpart' },
            text(' — meeting with ', 0),
            text('M. Chavoshuglu', TEXT_FORMAT.bold),
            text(' at the Ministry.'),
          ],
        },
        {
          type: 'list',
          listType: 'bullet',
          ...el,
          children: [
            {
              type: 'listitem',
              ...el,
              children: [
                {
                  type: 'link',
                  url: 'https://mfa.gov.kz',
                  ...el,
                  children: [text('Statement by Tleuberdy', TEXT_FORMAT.italic)],
                },
              ],
            },
          ],
        },
      ],
    },
  };
}

describe('names in a note', () => {
  it('reports the issues of each text node by its path from the root', () => {
    const found = findContentNameIssues(note(), DEMO_PEOPLE);
    expect(found.map((f) => [f.path, f.issues.map((i) => [i.found, i.kind])])).toEqual([
      [[0, 0], [['Erdogan', 'alias']]],
      [[1, 3], [['M. Chavoshuglu', 'alias']]],
      [[2, 0, 0, 0], [['Tleuberdy', 'near']]],
    ]);
  });

  it('fixes every name and keeps formatting, links and fields, without touching the original', () => {
    const original = note();
    const fixed = fixAllNamesInContent(original, DEMO_PEOPLE);
    expect(fixed.root.children[0]).toMatchObject({ children: [{ text: 'Call on President Erdoğan' }] });
    expect(fixed.root.children[1]).toMatchObject({
      children: [
        { text: 'Host: ' },
        { type: 'field', field: 'visit.counterpart' },
        { text: ' — meeting with ' },
        { text: 'Mevlüt Çavuşoğlu', format: TEXT_FORMAT.bold },
        { text: ' at the Ministry.' },
      ],
    });
    expect(fixed.root.children[2]).toMatchObject({
      children: [
        {
          children: [
            {
              type: 'link',
              url: 'https://mfa.gov.kz',
              children: [{ text: 'Statement by Tleuberdi', format: TEXT_FORMAT.italic }],
            },
          ],
        },
      ],
    });
    expect(original).toEqual(note());
    expect(findContentNameIssues(fixed, DEMO_PEOPLE)).toEqual([]);
  });

  it('applies only the fixes the user chose', () => {
    const found = findContentNameIssues(note(), DEMO_PEOPLE);
    const fixed = applyNameFixes(note(), found.slice(1, 2));
    expect(fixed.root.children[0]).toMatchObject({ children: [{ text: 'Call on President Erdogan' }] });
    expect(fixed.root.children[1]).toMatchObject({ children: [{}, {}, {}, { text: 'Mevlüt Çavuşoğlu' }, {}] });
  });

  it('ignores a fix whose path no longer leads to a text node', () => {
    const found = findContentNameIssues(note(), DEMO_PEOPLE);
    const fixed = applyNameFixes(note(), [
      { ...found[1]!, path: [1, 1] },
      { ...found[1]!, path: [9, 9] },
    ]);
    expect(fixed).toEqual(note());
  });
});
