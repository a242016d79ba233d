/**
 * The part of the DOM the clipboard and .docx cleaning uses. app/ has no DOM library (design §1):
 * the window passes the browser's document, Node passes happy-dom's; both fit these shapes.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  textContent: string | null;
  remove(): void;
  replaceWith(...nodes: DomNode[]): void;
  before(...nodes: DomNode[]): void;
  after(...nodes: DomNode[]): void;
  appendChild(node: DomNode): unknown;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  insertBefore(node: DomNode, child: DomNode | null): unknown;
}

export interface DomComment extends DomNode {
  readonly data: string;
}

export interface DomDocument {
  readonly body: DomElement;
  createElement(tag: string): DomElement;
  createTextNode(text: string): DomNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export const isElement = (n: DomNode | null | undefined): n is DomElement => n?.nodeType === ELEMENT_NODE;
export const isComment = (n: DomNode | null | undefined): n is DomComment => n?.nodeType === COMMENT_NODE;
/** The lower-case tag name with its prefix ("w:sdt", "o:p", "p"): localName differs between DOMs. */
export const tagOf = (el: DomElement): string => el.tagName.toLowerCase();

export function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

/** Every element under `root`, in document order (a snapshot: the tree may change afterwards). */
export function descendants(root: DomNode): DomElement[] {
  const out: DomElement[] = [];
  const walk = (node: DomNode) => {
    for (const child of children(node))
      if (isElement(child)) {
        out.push(child);
        walk(child);
      }
  };
  walk(root);
  return out;
}

export function unwrap(el: DomNode): void {
  el.replaceWith(...children(el));
}

/** One property of an inline style attribute, lower-cased ("mso-list", "font-weight"). */
export function styleProperty(el: DomElement, name: string): string | undefined {
  const style = el.getAttribute('style');
  if (!style) return undefined;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0 && part.slice(0, colon).trim().toLowerCase() === name) return part.slice(colon + 1).trim();
  }
  return undefined;
}
