import { AlignmentType, LevelFormat, type ILevelsOptions } from 'docx';

export const BULLET_REF = 'briefing-bullet';
export const NUMBER_REF = 'briefing-number';
/** Numbered paragraphs in a pack, FCO style: 1, 2 … and the points under them 1.1, 1.2 … */
export const PARAGRAPH_REF = 'briefing-paragraph';

const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function levels(kind: 'bullet' | 'number'): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : NUMBER_FORMATS[level % 3]!,
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
