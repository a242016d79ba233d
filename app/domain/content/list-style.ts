/**
 * How a numbered list counts. Stored on a Lexical list node as `"$": { "listStyle": ... }` (Lexical's
 * node state, serialised with the node); absent means decimal (or bullets for a bullet list). The
 * editor shows it as the list's CSS list-style-type and the Word export writes it as the level's
 * number format.
 */
export const LIST_STYLES = ['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'] as const;
export type ListStyle = (typeof LIST_STYLES)[number];

export function isListStyle(value: unknown): value is ListStyle {
  return typeof value === 'string' && (LIST_STYLES as readonly string[]).includes(value);
}
