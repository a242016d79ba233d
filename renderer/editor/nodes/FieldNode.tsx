import type { JSX } from 'react';
import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { FieldKind } from '../../../app/domain/content';
import { FIELD_LABELS as LABELS } from '../../../app/templates/fields';
import { FieldChip } from '../fields/FieldChip';

export type SerializedFieldNode = Spread<
  { type: 'field'; version: 1; field: FieldKind; personId?: string },
  SerializedLexicalNode
>;

/**
 * A live value from the visit: the node stores only which field it is (serialized form version 1),
 * and shows the value resolved at render time from the visit around the editor (FieldChip), so a
 * change to the visit or the meeting shows in every note at once without rewriting any note.
 */
export class FieldNode extends DecoratorNode<JSX.Element> {
  __field: FieldKind;
  /** Whom a person field ('person', 'person.name.native') shows. */
  __personId: string | undefined;

  static override getType(): string {
    return 'field';
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__field, node.__personId, node.__key);
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $createFieldNode(json.field, json.personId);
  }

  constructor(field: FieldKind, personId?: string, key?: NodeKey) {
    super(key);
    this.__field = field;
    this.__personId = personId;
  }

  override exportJSON(): SerializedFieldNode {
    const json: SerializedFieldNode = { type: 'field', version: 1, field: this.__field };
    if (this.__personId !== undefined) json.personId = this.__personId;
    return json;
  }

  getPersonId(): string | undefined {
    return this.getLatest().__personId;
  }

  getField(): FieldKind {
    return this.getLatest().__field;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'ed-field';
    return span;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override getTextContent(): string {
    return `[${LABELS[this.__field] ?? this.__field}]`;
  }

  override decorate(): JSX.Element {
    return <FieldChip field={this.__field} personId={this.__personId} />;
  }
}

export function $createFieldNode(field: FieldKind, personId?: string): FieldNode {
  return new FieldNode(field, personId);
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
