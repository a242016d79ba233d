import fs from 'node:fs';
import path from 'node:path';
import type { NoteContent, SerializedNode } from '../domain/content';

export function clipboardFixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

type Listed = SerializedNode & { $?: { listStyle?: string } };

/** A note's content as indented lines ("ol start=3 lower-alpha", "  li Text", "h2 Title"): easy to assert. */
export function outline(content: NoteContent): string[] {
  const lines: string[] = [];
  const inline = (nodes: readonly SerializedNode[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'linebreak') return '⏎';
        if (n.type === 'link' || n.type === 'autolink') return `[${inline(n.children)}](${n.url})`;
        return '';
      })
      .join('');
  const walk = (node: Listed, depth: number) => {
    const pad = '  '.repeat(depth);
    switch (node.type) {
      case 'list': {
        const start = node.start && node.start !== 1 ? ` start=${node.start}` : '';
        const style = node.$?.listStyle ? ` ${node.$.listStyle}` : '';
        lines.push(`${pad}${node.listType === 'bullet' ? 'ul' : 'ol'}${start}${style}`);
        node.children.forEach((c) => walk(c, depth + 1));
        return;
      }
      case 'listitem': {
        lines.push(`${pad}li ${inline(node.children.filter((c) => c.type !== 'list'))}`.trimEnd());
        node.children.filter((c) => c.type === 'list').forEach((c) => walk(c, depth + 1));
        return;
      }
      case 'table':
      case 'tablerow':
        lines.push(`${pad}${node.type}`);
        node.children.forEach((c) => walk(c, depth + 1));
        return;
      case 'tablecell':
        lines.push(`${pad}td`);
        node.children.forEach((c) => walk(c, depth + 1));
        return;
      case 'heading':
        lines.push(`${pad}${node.tag} ${inline(node.children)}`);
        return;
      case 'quote':
        lines.push(`${pad}quote ${inline(node.children)}`);
        return;
      case 'paragraph':
        lines.push(`${pad}p ${inline(node.children)}`.trimEnd());
        return;
      default:
        lines.push(`${pad}${node.type}`);
    }
  };
  content.root.children.forEach((c) => walk(c, 0));
  return lines;
}

/** Every word of a text, for "nothing was lost" checks. */
export function words(text: string): string[] {
  return text.split(/[\s|⏎]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
