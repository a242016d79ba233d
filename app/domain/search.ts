export type SearchKind = 'note' | 'person' | 'visit';

export interface SnippetPart {
  text: string;
  /** True for the words that matched the query. */
  hit: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  visitId: string;
  title: string;
  snippet: SnippetPart[];
}
