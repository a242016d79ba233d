import {
  $applyNodeReplacement,
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

export type SerializedPlaceholderNode = Spread<
  { type: 'placeholder'; version: 1; text: string },
  SerializedLexicalNode
>;

/**
 * A template's prompt ("What we want from this meeting…"): what the author should write here.
 * A token text node, so the caret never lands inside it and Backspace takes it whole; the
 * PlaceholderPlugin selects it whole on click and replaces it with what is typed, as plain text in
 * the paragraph's normal format. Its serialized form (version 1) carries the prompt only: no
 * format, so nothing typed over it can inherit italics.
 */
export class PlaceholderNode extends TextNode {
  static override getType(): string {
    return 'placeholder';
  }

  static override clone(node: PlaceholderNode): PlaceholderNode {
    return new PlaceholderNode(node.__text, node.__key);
  }

  static override importJSON(json: SerializedPlaceholderNode): PlaceholderNode {
    return $createPlaceholderNode(json.text);
  }

  constructor(text: string, key?: NodeKey) {
    super(text, key);
    this.__mode = 1; // token (Lexical's IS_TOKEN): one unit for the caret and for deletion
  }

  // Only the prompt is part of the format (app/domain/content.ts): no format, mode or style.
  override exportJSON(): SerializedTextNode {
    const json: SerializedPlaceholderNode = { type: 'placeholder', version: 1, text: this.getTextContent() };
    return json as unknown as SerializedTextNode;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('ed-placeholder');
    dom.setAttribute('data-placeholder', 'true');
    dom.title = 'Placeholder: click and type to replace it (F2: next placeholder)';
    return dom;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createPlaceholderNode(text: string): PlaceholderNode {
  return $applyNodeReplacement(new PlaceholderNode(text));
}

export function $isPlaceholderNode(node: LexicalNode | null | undefined): node is PlaceholderNode {
  return node instanceof PlaceholderNode;
}
