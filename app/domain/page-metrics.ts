/**
 * The page of exported documents, in twips (1/20 pt): A4 portrait with docx's default 1-inch
 * margins, as document.ts writes it. The exporter (table widths) and the length estimate share it.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1440,
} as const;

/** Text width of the page: a 100% table's width. */
export const PAGE_TEXT_WIDTH = PAGE.width - 2 * PAGE.margin; // 9026

/** Text height of the page (between the top and bottom margins; header and footer sit inside them). */
export const PAGE_TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin;

/** Paragraph spacing of document.ts's styles, in twips. */
export const SPACING = {
  /** Normal: after every paragraph. */
  after: 120,
  /** Headings: before (after is Normal's). */
  headingBefore: 240,
  /** The "Visit: …" lines of a note's title block. */
  labelAfter: 40,
  /** The space closing the title block. */
  titleBlockAfter: 240,
  /** One list level's (and a quote's) indent. */
  indent: 720,
} as const;
