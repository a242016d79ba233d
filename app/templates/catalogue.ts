import type { NoteContent } from '../domain/content';
import { BUILT_IN_TEMPLATES } from '../domain/note';
import { backgroundNote } from './builtin/background-note';
import { biographicalNote } from './builtin/biographical-note';
import { meetingBrief } from './builtin/meeting-brief';
import { recordOfConversation } from './builtin/record-of-conversation';
import { sceneSetter } from './builtin/scene-setter';
import { talkingPoints } from './builtin/talking-points';

export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATES)[number];

/** What a template is written about: offered first for a visit, a meeting or a person. */
export type TemplateScope = 'visit' | 'meeting' | 'person' | 'any';

export interface BuiltInTemplate {
  id: BuiltInTemplateId;
  name: string;
  description: string;
  scope: TemplateScope;
  content: NoteContent;
}

const entries: Record<BuiltInTemplateId, Omit<BuiltInTemplate, 'id' | 'content'> & { build: () => NoteContent }> = {
  'scene-setter': {
    name: 'Scene-setter',
    description: 'The whole visit: purpose, programme, key messages, bilateral relations, issues and defensive lines.',
    scope: 'visit',
    build: sceneSetter,
  },
  'meeting-brief': {
    name: 'Meeting brief',
    description:
      'One meeting: objectives and points to make first, press line, background that may and may not be said.',
    scope: 'meeting',
    build: meetingBrief,
  },
  'talking-points': {
    name: 'Talking points',
    description: 'Numbered short sentences in the principal’s own voice.',
    scope: 'meeting',
    build: talkingPoints,
  },
  'biographical-note': {
    name: 'Biographical note',
    description: 'A person: form of address, current title, previous posts, languages, previous meetings.',
    scope: 'person',
    build: biographicalNote,
  },
  'record-of-conversation': {
    name: 'Record of conversation',
    description: 'After a meeting: summary first, detail by topic, follow-up actions with owners and dates.',
    scope: 'meeting',
    build: recordOfConversation,
  },
  'background-note': {
    name: 'Background note',
    description: 'One topic: summary, facts and dates, sources.',
    scope: 'any',
    build: backgroundNote,
  },
};

/** The six built-in templates, in the order of BUILT_IN_TEMPLATES (the order the menu shows). */
export const BUILT_IN_TEMPLATES_CATALOGUE: readonly BuiltInTemplate[] = BUILT_IN_TEMPLATES.map((id) => {
  const { build, ...entry } = entries[id];
  return Object.freeze({ id, ...entry, content: deepFreeze(build()) });
});

export function isBuiltInTemplateId(id: string): id is BuiltInTemplateId {
  return (BUILT_IN_TEMPLATES as readonly string[]).includes(id);
}

/**
 * A new note's content from a built-in template: built afresh each time, so editing one note
 * never changes the catalogue or another note. Undefined for an id that is not built in.
 */
export function instantiateTemplate(id: string): NoteContent | undefined {
  if (!isBuiltInTemplateId(id)) return undefined;
  return entries[id].build();
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
