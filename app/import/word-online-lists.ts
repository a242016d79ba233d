import { children, descendants, isElement, styleProperty, tagOf, type DomDocument, type DomElement } from './dom';
import { listStyleOfCss, typeAttributeOf } from './list-style';

/**
 * Word for the web (and Word in Teams and Outlook on the web) puts every list item on the
 * clipboard in a list of its own, its depth only in an attribute:
 *   <div class="ListContainerWrapper"><ol class="NumberListStyle1" start="2" style="list-style-type: lower-alpha">
 *     <li data-listid="2" data-aria-level="2" class="OutlineElement"><p class="Paragraph">…</p></li></ol></div>
 * Imported as they are, sub-items lose their nesting and their letters. Each run of such lists
 * becomes one list again, nested by level, numbered from its first item and keeping each level's
 * numbering style. Its line breaks lose the &nbsp; it puts before them.
 */
export function convertWordOnlineLists(doc: DomDocument): void {
  // A line break is a <br> after an &nbsp; of its own: the space would end the line before it.
  for (const blob of descendants(doc.body))
    if (/\bLineBreakBlob\b/.test(blob.getAttribute('class') ?? '')) blob.replaceWith(doc.createElement('br'));
  const items = descendants(doc.body).filter((el) => tagOf(el) === 'li' && el.getAttribute('data-aria-level') !== null);
  let run: DomElement[] = [];
  let lastWrapper: DomElement | null = null;
  for (const li of items) {
    const wrapper = wrapperOf(li);
    if (!wrapper) continue;
    if (lastWrapper && wrapper !== lastWrapper && nextElement(lastWrapper) !== wrapper) {
      rebuild(doc, run);
      run = [];
    }
    run.push(li);
    lastWrapper = wrapper;
  }
  rebuild(doc, run);
}

/** What stands for one item in the page: its list, or the ListContainerWrapper around that list. */
function wrapperOf(li: DomElement): DomElement | null {
  const list = li.parentElement;
  if (!list || (tagOf(list) !== 'ol' && tagOf(list) !== 'ul')) return null;
  const outer = list.parentElement;
  const onlyChild = outer && children(outer).filter(isElement).length === 1;
  return outer && onlyChild && /\bListContainerWrapper\b/.test(outer.getAttribute('class') ?? '') ? outer : list;
}

function nextElement(el: DomElement): DomElement | null {
  let node = el.nextSibling;
  while (node && !isElement(node)) {
    if ((node.textContent ?? '').trim()) return null; // text between two lists ends the run
    node = node.nextSibling;
  }
  return node;
}

interface Level {
  depth: number;
  tag: string;
  listId: string | null;
  list: DomElement;
  lastItem: DomElement | null;
}

function rebuild(doc: DomDocument, items: DomElement[]): void {
  if (!items.length) return;
  const wrappers = [...new Set(items.map((li) => wrapperOf(li)!))];
  const top: DomElement[] = [];
  const stack: Level[] = [];
  for (const li of items) {
    const source = li.parentElement!;
    const tag = tagOf(source);
    const depth = Math.min(9, Math.max(1, Number.parseInt(li.getAttribute('data-aria-level') ?? '1', 10) || 1));
    const listId = li.getAttribute('data-listid');
    while (stack.length && stack[stack.length - 1]!.depth > depth) stack.pop();
    let level = stack[stack.length - 1];
    // Another kind of list, or another Word list, at the same depth: a list of its own.
    if (level && level.depth === depth && (level.tag !== tag || level.listId !== listId)) {
      stack.pop();
      level = stack[stack.length - 1];
    }
    if (!level || level.depth < depth) {
      const list = doc.createElement(tag);
      const start = source.getAttribute('start');
      if (tag === 'ol' && start && /^\d+$/.test(start) && start !== '1') list.setAttribute('start', start);
      const style = listStyleOfCss(styleProperty(source, 'list-style-type'));
      if (tag === 'ol' && style && style !== 'decimal') list.setAttribute('type', typeAttributeOf(style));
      if (level?.lastItem) level.lastItem.appendChild(list);
      else {
        // The editor joins neighbouring lists of one kind; an empty paragraph keeps two Word lists two.
        const previous = top[top.length - 1];
        if (previous && tagOf(previous) === tag) top.push(doc.createElement('p'));
        top.push(list);
      }
      level = { depth, tag, listId, list, lastItem: null };
      stack.push(level);
    }
    const item = doc.createElement('li');
    for (const child of children(li)) item.appendChild(child);
    level.list.appendChild(item);
    level.lastItem = item;
  }
  const first = wrappers[0]!;
  for (const list of top) first.before(list);
  for (const wrapper of wrappers) wrapper.remove();
}
