import { describe, expect, it } from 'vitest';
import type { SerializedNode } from '../domain/content';
import { meetingBrief } from '../templates/builtin/meeting-brief';
import { sceneSetter } from '../templates/builtin/scene-setter';
import { withoutTitleBlock } from './template-title-block';

const first = (nodes: SerializedNode[]) => JSON.stringify(nodes[0]);

describe('a note in a pack without its template’s title block', () => {
  it('drops the meeting brief’s marking line, heading and Meeting / Date and time / Place / Participants / Visit lines', () => {
    const content = withoutTitleBlock(meetingBrief(), 'Meeting brief: Call on President Erdoğan');
    expect(first(content.root.children)).toContain('Our objectives');
  });

  it('drops a leading heading that the brief’s own heading already says, and nothing a user wrote after it', () => {
    const content = sceneSetter();
    const stripped = withoutTitleBlock(content, 'Scene-setter: official visit to Ankara');
    // marking, heading, Dates and Place go (the cover says them); Principal and Host stay
    expect(first(stripped.root.children)).toContain('Principal: ');
    expect(JSON.stringify(stripped)).toContain('Purpose of the visit');
    // a heading the title does not start with stays
    const other = withoutTitleBlock(content, 'Visit notes');
    expect(JSON.stringify(other)).toContain('Purpose of the visit');
  });
});
