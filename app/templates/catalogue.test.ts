import { describe, expect, it } from 'vitest';
import { noneCleaned } from '../domain/content/cleaned';
import { normaliseContent } from '../domain/content/normalise';
import { KNOWN_NODE_TYPES, type FieldKind, type NoteContent, type SerializedNode } from '../domain/content';
import { BUILT_IN_TEMPLATES } from '../domain/note';
import { BUILT_IN_TEMPLATES_CATALOGUE, instantiateTemplate } from './catalogue';

type AnyNode = SerializedNode | NoteContent['root'];
const known = new Set<string>(KNOWN_NODE_TYPES);

function walk(node: AnyNode, visit: (n: AnyNode, parent: AnyNode | null) => void, parent: AnyNode | null = null): void {
  visit(node, parent);
  if ('children' in node) for (const child of node.children) walk(child, visit, node);
}

function plain(node: AnyNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'field') return `{${node.field}}`;
  if (node.type === 'placeholder') return `[${node.text}]`;
  return 'children' in node ? node.children.map(plain).join('') : '';
}

function headings(content: NoteContent): string[] {
  const out: string[] = [];
  walk(content.root, (n) => {
    if (n.type === 'heading') out.push(plain(n));
  });
  return out;
}

/** The fields of the title block: everything before the first h2. */
function titleBlockFields(content: NoteContent): FieldKind[] {
  const blocks = content.root.children;
  const end = blocks.findIndex((b) => b.type === 'heading' && b.tag === 'h2');
  const fields: FieldKind[] = [];
  for (const block of blocks.slice(0, end)) walk(block, (n) => n.type === 'field' && fields.push(n.field));
  return fields;
}

const template = (id: string) => BUILT_IN_TEMPLATES_CATALOGUE.find((t) => t.id === id)!.content;

describe('built-in templates', () => {
  it('offers exactly the built-in ids the notes remember, in their order', () => {
    expect(BUILT_IN_TEMPLATES_CATALOGUE.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES]);
    for (const t of BUILT_IN_TEMPLATES_CATALOGUE) {
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(10);
    }
  });

  it.each(BUILT_IN_TEMPLATES_CATALOGUE.map((t) => [t.id, t.content] as const))(
    '%s uses only node types the store accepts',
    (_id, content) => {
      // The allow-list finds nothing to clean in the app's own templates.
      expect(normaliseContent(structuredClone(content)).cleaned).toEqual(noneCleaned());
      walk(content.root, (n, parent) => {
        expect(known.has(n.type), `unknown node type ${n.type}`).toBe(true);
        if (parent?.type === 'list') expect(n.type).toBe('listitem');
        if (n.type === 'listitem') expect(parent?.type).toBe('list');
      });
    },
  );

  it.each(BUILT_IN_TEMPLATES_CATALOGUE.map((t) => [t.id, t.content] as const))(
    '%s carries the classification marking at the top and a title',
    (_id, content) => {
      const [first, second] = content.root.children;
      expect(first && plain(first)).toBe('{classification}');
      expect(second).toMatchObject({ type: 'heading', tag: 'h1' });
    },
  );

  const expectedHeadings: Record<string, string[]> = {
    'scene-setter': [
      'Purpose of the visit',
      'Programme at a glance',
      'Key messages',
      'Context',
      'Bilateral relations',
      'Political',
      'Trade and economic',
      'Transport and logistics',
      'Cultural and humanitarian',
      'Issues to raise',
      'Defensive lines if raised',
      'Dates and anniversaries',
    ],
    'meeting-brief': [
      'Our objectives',
      'Points to make',
      'Their likely objectives',
      'Our response',
      'Press line',
      'Defensive line',
      'Background',
      'May be said',
      'Not for disclosure',
      'Annex: biographical notes',
    ],
    'talking-points': ['If raised'],
    'biographical-note': [
      'Name and form of address',
      'Current title',
      'Previous posts',
      'Languages',
      'Family',
      'Previous meetings with our side',
      'Points of interest',
    ],
    'record-of-conversation': ['Summary', 'Detail', 'Follow-up actions'],
    'background-note': ['Summary', 'Facts and dates', 'Sources'],
  };

  it.each(Object.entries(expectedHeadings))('%s has its sections in the ministry order', (id, expected) => {
    const found = headings(template(id)).slice(1);
    expect(found.filter((h) => expected.includes(h))).toEqual(expected);
  });

  it('meeting brief puts objectives and points to make before the background (bottom line up front)', () => {
    const found = headings(template('meeting-brief'));
    expect(found.indexOf('Our objectives')).toBeLessThan(found.indexOf('Background'));
    expect(found.indexOf('Points to make')).toBeLessThan(found.indexOf('Background'));
    expect(found.indexOf('May be said')).toBeLessThan(found.indexOf('Not for disclosure'));
  });

  it("meeting brief's title block carries the meeting's title, time, place and participants", () => {
    expect(titleBlockFields(template('meeting-brief'))).toEqual(
      expect.arrayContaining(['meeting.title', 'meeting.time', 'meeting.place', 'meeting.participants']),
    );
  });

  it("scene-setter's title block carries the visit's title, dates, city, host country, principal and counterpart", () => {
    expect(titleBlockFields(template('scene-setter'))).toEqual(
      expect.arrayContaining([
        'visit.title',
        'visit.dates',
        'visit.city',
        'visit.hostCountry',
        'visit.principal',
        'visit.counterpart',
      ]),
    );
  });

  it('record of conversation has its follow-up actions as an unticked check list with owner and date', () => {
    const blocks = template('record-of-conversation').root.children;
    const at = blocks.findIndex((b) => b.type === 'heading' && plain(b) === 'Follow-up actions');
    const actions = blocks[at + 1]!;
    expect(actions).toMatchObject({ type: 'list', listType: 'check' });
    expect(plain(actions)).toMatch(/owner.*by/);
    walk(actions, (n) => n.type === 'listitem' && expect(n.checked).toBe(false));
    expect(titleBlockFields(template('record-of-conversation'))).toEqual(
      expect.arrayContaining(['meeting.time', 'meeting.place', 'meeting.participants']),
    );
  });

  it('talking points are a numbered list in the first person', () => {
    const lists = template('talking-points').root.children.filter((b) => b.type === 'list');
    expect(lists[0]).toMatchObject({ listType: 'number' });
    expect(plain(lists[0]!)).toMatch(/\bI\b|\bme\b|\bWe\b/);
  });

  it('instantiateTemplate gives a fresh copy: editing a note leaves the catalogue and other notes alone', () => {
    const a = instantiateTemplate('meeting-brief')!;
    const b = instantiateTemplate('meeting-brief')!;
    expect(a).toEqual(template('meeting-brief'));
    a.root.children.splice(0, 1);
    const para = a.root.children[2]!;
    if ('children' in para) para.children.push({ type: 'text', version: 1, text: 'edited', format: 0 });
    expect(b).toEqual(template('meeting-brief'));
    expect(Object.isFrozen(template('meeting-brief').root)).toBe(true);
  });

  it('instantiateTemplate knows no other ids', () => {
    expect(instantiateTemplate('user-template-1')).toBeUndefined();
    expect(instantiateTemplate('constructor')).toBeUndefined();
  });
});
