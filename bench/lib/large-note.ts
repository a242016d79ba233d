import type { NoteContent, SerializedNode } from '../../app/domain/content';

const el = { version: 1, direction: null, format: '', indent: 0 } as const;
const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format });
const SENTENCE =
  'The parties reviewed bilateral trade, transport and logistics, and agreed to meet again before the summit.';

/**
 * A note of `paragraphs` blocks with headings, lists and tables, and the same content as Markdown,
 * so Briefing and pandoc convert equivalent documents.
 */
export function largeNote(paragraphs: number): { content: NoteContent; markdown: string } {
  const children: SerializedNode[] = [];
  const md: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) {
      children.push({
        type: 'heading',
        tag: i % 200 === 0 ? 'h1' : 'h2',
        ...el,
        children: [text(`Section ${i / 50 + 1}`)],
      });
      md.push(`${i % 200 === 0 ? '#' : '##'} Section ${i / 50 + 1}`, '');
    } else if (i % 20 === 0) {
      const items = [1, 2, 3].map((k) => `Point ${k} of block ${i}`);
      children.push({
        type: 'list',
        listType: i % 40 === 0 ? 'number' : 'bullet',
        ...el,
        children: items.map((t) => ({ type: 'listitem', ...el, children: [text(t)] })),
      });
      md.push(...items.map((t, k) => (i % 40 === 0 ? `${k + 1}. ${t}` : `- ${t}`)), '');
    } else if (i % 100 === 55) {
      const rows = [['Topic', 'Owner', 'Date'], ...[1, 2, 3].map((k) => [`Item ${k}`, 'Desk', '2021-03-0' + k])];
      children.push({
        type: 'table',
        ...el,
        children: rows.map((r, ri) => ({
          type: 'tablerow',
          ...el,
          children: r.map((c) => ({
            type: 'tablecell',
            headerState: ri === 0 ? 1 : 0,
            ...el,
            children: [{ type: 'paragraph', ...el, children: [text(c)] }],
          })),
        })),
      });
      md.push(`| ${rows[0]!.join(' | ')} |`, '|---|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '');
    } else {
      children.push({ type: 'paragraph', ...el, children: [text(`${i}. `, 1), text(SENTENCE)] });
      md.push(`**${i}.** ${SENTENCE}`, '');
    }
  }
  return { content: { root: { type: 'root', ...el, children } }, markdown: md.join('\n') };
}
