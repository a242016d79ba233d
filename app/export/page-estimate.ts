import type { SerializedNode } from '../domain/content';
import type { WordStyle } from './style';

/**
 * Where pages break, estimated without a layout engine: enough to give the contents' page
 * references their starting values (Word shows them as written; LibreOffice recomputes them).
 * Measures in points on A4 with docx's 1-inch margins.
 */
export const PAGE_HEIGHT = 842 - 2 * 72;
export const TEXT_WIDTH = 595 - 2 * 72;
/** Average width of a character of running text in Arial, in ems (measured on LibreOffice's PDF). */
const CHAR_EM = 0.44;
const LINE = 1.15;
const AFTER = 6;

export function linesOf(characters: number, widthPt: number, sizePt: number): number {
  const perLine = Math.max(8, Math.floor(widthPt / (sizePt * CHAR_EM)));
  return Math.max(1, Math.ceil(characters / perLine));
}

/** Pages filled in order; a block that does not fit goes on (keepTogether) or over the break. */
export class PageFlow {
  pages = 1;
  private used = 0;

  add(height: number, keepTogether = false): void {
    if (this.used + height <= PAGE_HEIGHT || this.used === 0) {
      this.used += height;
      if (this.used > PAGE_HEIGHT) this.overflow();
      return;
    }
    if (keepTogether) {
      this.pages++;
      this.used = height;
    } else {
      this.used += height;
    }
    this.overflow();
  }

  private overflow(): void {
    while (this.used > PAGE_HEIGHT) {
      this.pages++;
      this.used -= PAGE_HEIGHT;
    }
  }
}

function textLength(nodes: readonly SerializedNode[], fieldText: (n: SerializedNode) => string): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'text') n += node.text.length;
    else if (node.type === 'field') n += fieldText(node).length;
    else if (node.type === 'tab') n += 4;
    else if ('children' in node && Array.isArray(node.children)) n += textLength(node.children, fieldText);
  }
  return n;
}

export interface EstimateContext {
  style: WordStyle;
  headingShift: number;
  fieldText: (node: SerializedNode) => string;
}

/** Adds the blocks of a note to the flow. */
export function flowBlocks(nodes: readonly SerializedNode[], flow: PageFlow, ctx: EstimateContext, width = TEXT_WIDTH) {
  const body = ctx.style.bodySize;
  const text = (children: readonly SerializedNode[], w: number, size = body) =>
    linesOf(textLength(children, ctx.fieldText), w, size) * size * LINE;
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Number(node.tag.slice(1)) + ctx.headingShift);
        const size = ctx.style.headingSizes[Math.min(level, 3) - 1] ?? body;
        flow.add(12 + text(node.children, width, size) + AFTER, true);
        break;
      }
      case 'quote':
        flow.add(text(node.children, width - 72) + AFTER);
        break;
      case 'list':
        flowList(node.children, flow, ctx, width, 1);
        break;
      case 'table': {
        for (const row of node.children) {
          const cells = 'children' in row ? row.children : [];
          const cellWidth = width / Math.max(1, cells.length) - 11;
          let height = 0;
          for (const cell of cells) {
            let h = 0;
            for (const block of 'children' in cell ? cell.children : [])
              h += ('children' in block ? text(block.children, cellWidth) : body * LINE) + AFTER;
            height = Math.max(height, h);
          }
          flow.add(height + 2);
        }
        flow.add(body * LINE + AFTER);
        break;
      }
      default:
        flow.add(
          ('children' in node && Array.isArray(node.children) ? text(node.children, width) : body * LINE) + AFTER,
        );
    }
  }
}

function flowList(
  items: readonly SerializedNode[],
  flow: PageFlow,
  ctx: EstimateContext,
  width: number,
  depth: number,
) {
  for (const item of items) {
    if (!('children' in item)) continue;
    const inline = item.children.filter((c) => c.type !== 'list');
    if (inline.length)
      flow.add(
        linesOf(textLength(inline, ctx.fieldText), width - 36 * depth, ctx.style.bodySize) * ctx.style.bodySize * LINE +
          AFTER,
      );
    for (const sub of item.children) if (sub.type === 'list') flowList(sub.children, flow, ctx, width, depth + 1);
  }
}
