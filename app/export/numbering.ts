import { AlignmentType, LevelFormat, type ILevelsOptions } from 'docx';
import { LIST_STYLES, type ListStyle } from '../import/list-style';

export const BULLET_REF = 'briefing-bullet';
export const NUMBER_REF = 'briefing-number';
/** Numbered paragraphs in a pack, FCO style: 1, 2 … and the points under them 1.1, 1.2 … */
export const PARAGRAPH_REF = 'briefing-paragraph';

const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
const STYLE_FORMATS: Record<ListStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'upper-alpha': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

/** The numbering definition of a numbered list in `style` (lettered, roman): the style at every level. */
export function numberRef(style: ListStyle | undefined): string {
  return style && style !== 'decimal' ? `${NUMBER_REF}-${style}` : NUMBER_REF;
}

function levels(kind: 'bullet' | 'number', style?: ListStyle): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : style ? STYLE_FORMATS[style] : NUMBER_FORMATS[level % 3]!,
    text: kind === 'bullet' ? BULLETS[level % 3]! : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function paragraphLevels(): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: level + 1 }, (_, l) => `%${l + 1}`).join('.') + (level === 0 ? '.' : ''),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 567 } } },
  }));
}

/** Word numbering definitions: one abstract list per kind, nine nested levels each. */
export function numberingConfig() {
  return [
    { reference: BULLET_REF, levels: levels('bullet') },
    { reference: NUMBER_REF, levels: levels('number') },
    { reference: PARAGRAPH_REF, levels: paragraphLevels() },
    ...LIST_STYLES.filter((style) => style !== 'decimal').map((style) => ({
      reference: numberRef(style),
      levels: levels('number', style),
    })),
  ];
}

/**
 * Hands out a numbering instance per list. Paragraphs of one list share an instance; a new list
 * gets a new one, which is what makes Word restart at 1 (the docx package's known trap).
 */
export class ListInstances {
  private next = 1;
  take(): number {
    return this.next++;
  }
}
