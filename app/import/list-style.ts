import { isListStyle, type ListStyle } from '../domain/content/list-style';

/** The list styles are part of the content format: app/domain/content/list-style.ts. */
export { isListStyle, LIST_STYLES, type ListStyle } from '../domain/content/list-style';

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
