import { describe, expect, it } from 'vitest';
import { plainText } from '../domain/content/plain-text';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { NoteContent } from '../domain/content';
import { htmlToContent } from './html-to-content';
import { $normaliseShape, type ShapeChanges } from './shape';
import { clipboardFixture, outline, words } from './testing';

const WORD_HEAD =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><body>';
const word = (body: string) => `${WORD_HEAD}${body}</body></html>`;
const item = (list: string, level: number, marker: string, text: string, cls = 'MsoListParagraphCxSpMiddle') =>
  `<p class=${cls} style='text-indent:-18.0pt;mso-list:${list.split(' ')[0]} level${level} ${list.split(' ')[1]}'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;

/** The words of the visible text of clipboard HTML, without Word's list markers. */
function sourceWords(html: string): string[] {
  const text = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ');
  return words(text);
}

describe('paste from Word 2016', () => {
  it('keeps every word and heading of a template built from content controls (w:Sdt is unwrapped)', () => {
    const html = clipboardFixture('word-2016-content-controls.html');
    const { content, report } = htmlToContent(html);
    expect(words(plainText(content))).toEqual(sourceWords(html));
    expect(outline(content).filter((l) => /^h\d/.test(l))).toEqual([
      'h1 Aigerim Sadykova',
      'h2 Objective',
      'h2 Experience',
      'h2 Languages',
    ]);
    expect(report.pictures).toBe(1);
  });

  it("drops Word's duplicate <br> of supportLineBreakNewLine, keeping the real line break", () => {
    const { content } = htmlToContent(clipboardFixture('word-2016-content-controls.html'));
    expect(outline(content)).toContain('p Counsellor, Embassy in Ankara⏎2016–2020');
  });

  it('builds lists by Word list id, continues interrupted lists, keeps letters, romans and nesting', () => {
    const { content } = htmlToContent(clipboardFixture('word-2016-lists.html'));
    expect(outline(content)).toEqual([
      'p Objectives',
      'ol',
      '  li Agree the date of the commission',
      'p Continuation: the Turkish side prefers May.',
      'ol start=2',
      '  li',
      '    ol lower-alpha',
      '      li Nested after the continuation',
      '  li Confirm the co-chairs',
      'p A paragraph that interrupts the list.',
      'ol start=3',
      '  li Continues at three',
      'p',
      'ol',
      '  li A second list, right after',
      '  li Its second item',
      'p',
      'ol lower-alpha',
      '  li Lettered one',
      '  li Lettered two',
      'p',
      'ol lower-roman',
      '  li Roman one',
      '  li Roman two',
      '  li Roman three',
      'ul',
      '  li A bullet',
      '  li',
      '    ul',
      '      li A sub-bullet',
      'h1 2 Bilateral relations',
      'h2 2.1 Trade',
    ]);
  });

  it('keeps a table whole', () => {
    const html = clipboardFixture('word-2016-table.html');
    const { content } = htmlToContent(html);
    expect(words(plainText(content))).toHaveLength(24);
    expect(outline(content).filter((l) => l.trim() === 'td')).toHaveLength(6);
  });
});

describe('paste from Word 2016: comments and footnotes', () => {
  it('leaves out the comments Word copies with the text ("[DS1]" and the remark itself), counts them, keeps the footnote', () => {
    const html = clipboardFixture('word-2016-comments.html');
    const { content, report } = htmlToContent(html);
    expect(outline(content)).toEqual([
      'p The minister will raise the gas transit tariff at the first meeting.[1]',
      'p [1] Agreed in Astana in 2019.',
    ]);
    expect(plainText(content)).not.toMatch(/concede|DS1/);
    expect(report.comments).toBe(1);
  });
});

describe('paste from Word 2016: tracked changes', () => {
  it("takes tracked changes as accepted: the deletion goes, the insertion stays; a web page's <del> is still struck", () => {
    const html = word(
      `<p class=MsoNormal>Agreed <del cite="mailto:Desk%20Officer" datetime="2024-03-01T10:20">in full</del>` +
        `<ins cite="mailto:Desk%20Officer" datetime="2024-03-01T10:20">in principle</ins>.<o:p></o:p></p>` +
        '<p>Price <del>was 10</del> is 8</p>',
    );
    const { content, report } = htmlToContent(html);
    expect(outline(content)).toEqual(['p Agreed in principle.', 'p Price was 10 is 8']);
    expect(JSON.stringify(content)).toMatch(/"format":4,[^}]*"text":"was 10"|"text":"was 10"[^}]*"format":4/);
    expect(report.trackedChanges).toBe(2);
  });
});

describe('paste from Google Docs: a blank line between blocks', () => {
  it('a bare <br> between a list and a table is an empty paragraph, not a paragraph holding a line break', () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><ol><li aria-level="1"><p role="presentation">' +
      '<span>Item</span></p></li></ol><br /><div dir="ltr"><table><tbody><tr><td><p><span>Cell</span></p></td></tr>' +
      '</tbody></table></div><p><span>Line one</span><br /><span>line two</span></p></b>';
    expect(outline(htmlToContent(html).content)).toEqual([
      'ol',
      '  li Item',
      'p',
      'table',
      '  tablerow',
      '    td',
      '      p Cell',
      'p Line one⏎line two',
    ]);
  });
});

describe('paste from Word for the web', () => {
  it('puts its one-item lists back together: nesting from data-aria-level, letters, a list continued at 4, every word', () => {
    const html = clipboardFixture('word-online-lists.html');
    const { content } = htmlToContent(html);
    expect(outline(content)).toEqual([
      'p Points to make',
      'ul',
      '  li Welcome the renewed air service agreement',
      '  li',
      '    ul',
      '      li First flights from Almaty in March',
      '      li Second carrier approved in principle',
      '  li Press for progress on the double taxation treaty',
      'p Objectives, in order',
      'ol',
      '  li Agree the dates of the intergovernmental commission',
      '  li Confirm the co-chairs',
      '  li',
      '    ol lower-alpha',
      '      li Deputy minister for trade',
      '      li Deputy minister for energy',
      '  li Sign the education memorandum',
      'p A paragraph between the lists.',
      'ol start=4',
      '  li Continue the list after it',
      'table',
      '  tablerow',
      '    td',
      '      p Year',
      '    td',
      '      p Agreement',
      '  tablerow',
      '    td',
      '      p 2018',
      '    td',
      '      p Education memorandum',
      '  tablerow',
      '    td',
      '      p 2021',
      '    td',
      '      p Air service agreement',
      'p Closing line⏎after a line break',
    ]);
    expect(words(plainText(content))).toEqual(sourceWords(html));
  });

  it('two Word lists side by side stay two lists (an empty paragraph between, as for Word desktop); text ends a run', () => {
    const li = (tag: string, id: number, level: number, text: string, start = '') =>
      `<div class="ListContainerWrapper"><${tag} role="list"${start}><li data-listid="${id}" data-aria-level="${level}">` +
      `<p class="Paragraph">${text}</p></li></${tag}></div>`;
    const html =
      li('ol', 1, 1, 'One') + li('ol', 3, 1, 'Other list') + 'Loose text' + li('ol', 3, 1, 'Again', ' start="2"');
    expect(outline(htmlToContent(html).content)).toEqual([
      'ol',
      '  li One',
      'p',
      'ol',
      '  li Other list',
      'p Loose text',
      'ol start=2',
      '  li Again',
    ]);
  });
});

describe('Word list grouping', () => {
  it('seven separate Word lists stay seven lists, each from 1', () => {
    const lists = [2, 5, 7, 9, 11, 13, 15].map((l, i) => item(`l${l} lfo${i + 1}`, 1, '1.', `List ${i + 1}`));
    const lines = outline(htmlToContent(word(lists.join('\n'))).content);
    expect(lines.filter((l) => l === 'ol')).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('ol start'))).toEqual([]);
  });

  it('a list paragraph without mso-list is a paragraph, not a numbered item', () => {
    const html = word(
      item('l0 lfo1', 1, '1.', 'First') +
        `<p class=MsoListParagraphCxSpMiddle>Indented explanation<o:p></o:p></p>` +
        `<p class=MsoListParagraphCxSpLast style='margin-left:36pt'>Another<o:p></o:p></p>`,
    );
    expect(outline(htmlToContent(html).content)).toEqual(['ol', '  li First', 'p Indented explanation', 'p Another']);
  });

  it('reads the start number from the marker: a list that begins at 4, a lettered list at c', () => {
    const html = word(item('l0 lfo1', 1, '4.', 'Four') + '<p>x</p>' + item('l1 lfo2', 1, 'c)', 'Cee'));
    expect(outline(htmlToContent(html).content)).toEqual([
      'ol start=4',
      '  li Four',
      'p x',
      'ol start=3 lower-alpha',
      '  li Cee',
    ]);
  });

  it('an "i." list that goes on with "j." is lettered, upper-case markers keep their case', () => {
    const html = word(
      item('l0 lfo1', 1, 'i.', 'Eye') +
        item('l0 lfo1', 1, 'j.', 'Jay') +
        '<p>x</p>' +
        item('l1 lfo2', 1, 'A.', 'Upper') +
        item('l1 lfo2', 1, 'B.', 'Upper two') +
        '<p>y</p>' +
        item('l2 lfo3', 1, 'IV.', 'Four'),
    );
    expect(outline(htmlToContent(html).content)).toEqual([
      'ol start=9 lower-alpha',
      '  li Eye',
      '  li Jay',
      'p x',
      'ol upper-alpha',
      '  li Upper',
      '  li Upper two',
      'p y',
      'ol start=4 upper-roman',
      '  li Four',
    ]);
  });

  it('nests by level and comes back out', () => {
    const html = word(
      item('l0 lfo1', 1, '1.', 'One') +
        item('l0 lfo1', 2, 'a.', 'One-a') +
        item('l0 lfo1', 3, 'i.', 'One-a-i') +
        item('l0 lfo1', 1, '2.', 'Two'),
    );
    expect(outline(htmlToContent(html).content)).toEqual([
      // Lexical keeps a nested list in an item of its own after its parent item.
      'ol',
      '  li One',
      '  li',
      '    ol lower-alpha',
      '      li One-a',
      '      li',
      '        ol lower-roman',
      '          li One-a-i',
      '  li Two',
    ]);
  });

  it('Word on the web: the marker span without conditional comments', () => {
    const html = word(
      `<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.</span>One</p><p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.</span>Two</p>`,
    );
    expect(outline(htmlToContent(html).content)).toEqual(['ol', '  li One', '  li Two']);
  });
});

describe('Office namespaces and layout junk', () => {
  it('unwraps unknown Office elements with their text; drops o:p, w:sdtPr, v:* and xml islands', () => {
    const html = word(
      `<p>Meet in <st1:City w:st="on"><st1:place w:st="on">Ankara</st1:place></st1:City><o:p>&nbsp;</o:p></p>` +
        `<w:Sdt><w:sdtPr><w:alias>Hidden alias</w:alias></w:sdtPr><w:sdtContent><p>Kept text</p></w:sdtContent></w:Sdt>` +
        `<v:shape><v:textbox>Shape text</v:textbox></v:shape><xml><o:Doc>junk</o:Doc></xml><p>End</p>`,
    );
    expect(outline(htmlToContent(html).content)).toEqual(['p Meet in Ankara', 'p Kept text', 'p End']);
  });
});

describe('paste from Google Docs', () => {
  it('unwraps the docs-internal-guid wrapper, keeps styles as formats, lettered lists and links across lines', () => {
    const { content } = htmlToContent(clipboardFixture('google-docs.html'));
    expect(outline(content)).toEqual([
      'h2 Points to make',
      'p Not bold, but this is bold and this italic and underlined and struck',
      'ol lower-alpha',
      '  li Trade turnover',
      '  li Transport corridor',
      'p [Long link⏎WITH spaces](https://www.mfa.gov.kz/en/content-view/long-link)',
    ]);
    const paragraph = content.root.children[1]!;
    const formats = 'children' in paragraph ? paragraph.children.map((c) => (c.type === 'text' ? c.format : -1)) : [];
    expect(formats).toEqual([0, 1, 2, 8, 4]);
  });

  it('the trailing Apple-interchange-newline adds no empty paragraph', () => {
    const { content } = htmlToContent(clipboardFixture('google-docs.html'));
    expect(outline(content).at(-1)).toMatch(/^p \[Long link/);
  });
});

describe('after a paste: the shape a briefing can hold', () => {
  it('a table in a table cell becomes rows of text in that cell, every word kept', () => {
    const { content, report } = htmlToContent(
      '<table><tr><td>Outer</td><td><table><tr><td>Inner one</td><td>two</td></tr><tr><td>three</td><td>four</td></tr></table></td></tr></table>',
    );
    expect(report.nestedTables).toBe(1);
    expect(outline(content)).toEqual([
      'table',
      '  tablerow',
      '    td',
      '      p Outer',
      '    td',
      '      p Inner one | two',
      '      p three | four',
    ]);
  });

  it('a table inside a list item becomes lines of that item', () => {
    const { content, report } = htmlToContent('<ul><li>Item<table><tr><td>a</td><td>b</td></tr></table></li></ul>');
    expect(report.nestedTables).toBe(1);
    expect(outline(content)).toEqual(['ul', '  li Item⏎a | b']);
  });
});

describe('after a paste: blocks in the item that holds a nested list', () => {
  it('become items of their own after it, in order (not unbulleted lines before the nested list in Word)', () => {
    // What the editor makes of a paste into a sub-bullet: the blocks land in the item holding the sub-list.
    const editor = createHeadlessEditor({
      nodes: [ListNode, ListItemNode, HeadingNode, TableNode, TableRowNode, TableCellNode],
    });
    let changes: ShapeChanges | undefined;
    editor.update(
      () => {
        const cell = (t: string) => $createTableCellNode().append($createParagraphNode().append($createTextNode(t)));
        const wrapper = $createListItemNode().append(
          $createListNode('bullet').append($createListItemNode().append($createTextNode('Sub'))),
          $createHeadingNode('h2').append($createTextNode('Heading')),
          $createTableNode().append($createTableRowNode().append(cell('a'), cell('b'))),
        );
        $getRoot().append(
          $createListNode('bullet').append($createListItemNode().append($createTextNode('First')), wrapper),
        );
        changes = $normaliseShape($getRoot());
      },
      { discrete: true },
    );
    const content = editor.getEditorState().toJSON() as unknown as NoteContent;
    expect(outline(content)).toEqual([
      'ul',
      '  li First',
      '  li',
      '    ul',
      '      li Sub',
      '  li Heading',
      '  li a | b',
    ]);
    expect(changes).toEqual({ blocksInListItems: 1, nestedTables: 1 });
  });
});
