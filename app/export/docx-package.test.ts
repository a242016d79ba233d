import { describe, expect, it } from 'vitest';
import { fillSlots } from './docx-package';

const slot = (i: number) => `<w:p><w:pPr><w:pStyle w:val="BriefingContentSlot${i}"/></w:pPr></w:p>`;

describe("filling the frame's content slots", () => {
  it('puts each content where its slot paragraph stands, the rest of the frame unchanged', () => {
    const frame = `<w:body><w:p>title</w:p>${slot(0)}<w:p>brief 2</w:p>${slot(1)}<w:sectPr/></w:body>`;
    expect(fillSlots(frame, ['<w:p>one</w:p>', '<w:p>two</w:p><w:p>three</w:p>'])).toBe(
      '<w:body><w:p>title</w:p><w:p>one</w:p><w:p>brief 2</w:p><w:p>two</w:p><w:p>three</w:p><w:sectPr/></w:body>',
    );
  });

  it('refuses a frame whose slot is missing, repeated or out of order, rather than misplace a note', () => {
    expect(() => fillSlots(`<w:body>${slot(0)}</w:body>`, ['a', 'b'])).toThrow(/slot 1/);
    expect(() => fillSlots(`<w:body>${slot(0)}${slot(0)}</w:body>`, ['a'])).toThrow(/slot 0/);
    expect(() => fillSlots(`<w:body>${slot(1)}${slot(0)}</w:body>`, ['a', 'b'])).toThrow(/slot 1/);
  });
});
