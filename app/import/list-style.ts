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

/** HTML's `<ol type>` letters, which the cleaned clipboard HTML uses to carry the style. */
const BY_TYPE_ATTRIBUTE: Record<string, ListStyle> = {
  '1': 'decimal',
  a: 'lower-alpha',
  A: 'upper-alpha',
  i: 'lower-roman',
  I: 'upper-roman',
};

export function listStyleOfTypeAttribute(type: string | null): ListStyle | undefined {
  return type ? BY_TYPE_ATTRIBUTE[type] : undefined;
}

export function typeAttributeOf(style: ListStyle): string {
  return Object.entries(BY_TYPE_ATTRIBUTE).find(([, s]) => s === style)![0];
}

/** CSS list-style-type (Google Docs writes it on each <li>) to a list style, if it is one. */
export function listStyleOfCss(value: string | undefined): ListStyle | undefined {
  const v = value?.trim().toLowerCase();
  if (v === 'lower-latin') return 'lower-alpha';
  if (v === 'upper-latin') return 'upper-alpha';
  return isListStyle(v) ? v : undefined;
}
