import type { WordStyle } from '../style';
import { cssString } from './html';
import type { FONT_FILES } from './print-origin';

export type Paper = 'A4' | 'Letter';
export const PAPERS: readonly Paper[] = ['A4', 'Letter'];

/** One running marking of a stretch of pages: the top and bottom line and whether it says DRAFT. */
export interface PageMarking {
  /** The CSS page name the sections carrying this marking use. */
  name: string;
  marking: string;
  draft: boolean;
}

/** Each face: the bundled file, and the names an installed Liberation Sans or Arial goes by. */
const FACES: [file: (typeof FONT_FILES)[number], weight: number, style: string, local: string[]][] = [
  ['LiberationSans-Regular.ttf', 400, 'normal', ['Liberation Sans', 'LiberationSans', 'Arial', 'ArialMT']],
  [
    'LiberationSans-Bold.ttf',
    700,
    'normal',
    ['Liberation Sans Bold', 'LiberationSans-Bold', 'Arial Bold', 'Arial-BoldMT'],
  ],
  [
    'LiberationSans-Italic.ttf',
    400,
    'italic',
    ['Liberation Sans Italic', 'LiberationSans-Italic', 'Arial Italic', 'Arial-ItalicMT'],
  ],
  [
    'LiberationSans-BoldItalic.ttf',
    700,
    'italic',
    ['Liberation Sans Bold Italic', 'LiberationSans-BoldItalic', 'Arial Bold Italic', 'Arial-BoldItalicMT'],
  ],
];

/**
 * Liberation Sans, metric-compatible with Arial (the Word export's font): the installed one when
 * the laptop has it or Arial (nearly all do; nothing is fetched then), else the copy bundled in
 * resources/fonts, served beside the page by the print origin. Lines break where Word's do, and
 * the PDF embeds what it used.
 */
const FONT_FACES = FACES.map(
  ([file, weight, style, local]) =>
    `@font-face{font-family:"Briefing Sans";font-weight:${weight};font-style:${style};src:${local.map((n) => `local("${n}")`).join(',')},url(fonts/${file}) format("truetype")}`,
).join('\n');

const pt = (n: number) => `${n}pt`;
const hex = (colour: string) => `#${colour}`;

function marginBoxes(m: PageMarking, style: WordStyle): string {
  const font = `font: 700 ${pt(style.markingSize)} "Briefing Sans", sans-serif; color: ${hex(style.markingColour)};`;
  // As the Word export: the marking (with DRAFT while drafts remain) top and bottom, and the
  // originating department before the page number.
  const marking = m.draft ? `${m.marking} — DRAFT` : m.marking;
  const department = style.department ? `${style.department} · ` : '';
  return `@top-center { content: ${cssString(marking)}; ${font} }
    @bottom-center { content: ${cssString(marking)} "\\A" ${cssString(department)} "Page " counter(page) " of " counter(pages); white-space: pre; text-align: center; ${font} }`;
}

/**
 * The print stylesheet: paged media (size, margins, the marking at the top and bottom of every
 * page and "Page X of Y" in the margin boxes), the Word export's fonts, sizes and colours, and
 * the rules that keep a printed brief readable: headings kept with what follows, no lone lines,
 * table header rows repeated, nothing wider than the page.
 */
export function printCss(style: WordStyle, paper: Paper, markings: readonly PageMarking[], draft: boolean): string {
  const body = `"${style.bodyFont}", "Briefing Sans", sans-serif`;
  const heading = `"${style.headingFont}", "Briefing Sans", sans-serif`;
  const mono = `"${style.monoFont}", monospace`;
  const accent = hex(style.accentColour);
  const [h1, h2, h3] = style.headingSizes as [number, number, number];
  return `${FONT_FACES}
@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: 25.4mm 25.4mm 25.4mm 25.4mm; ${markings[0] ? marginBoxes(markings[0], style) : ''} }
${markings.map((m) => `@page ${m.name} { ${marginBoxes(m, style)} }`).join('\n')}
${markings.map((m) => `.page-${m.name} { page: ${m.name}; }`).join('\n')}
html { font-family: ${body}; font-size: ${pt(style.bodySize)}; line-height: 1.3; color: #000; }
body { margin: 0; }
section { break-before: page; }
section:first-of-type { break-before: auto; }
p, li, blockquote, td, th { orphans: 2; widows: 2; overflow-wrap: anywhere; word-break: break-word; }
p { margin: 0 0 6pt; }
h1, h2, h3, h4, h5, h6, .doc-title { font-family: ${heading}; color: ${accent}; font-weight: 700; break-after: avoid; break-inside: avoid; overflow-wrap: anywhere; margin: 12pt 0 6pt; }
.doc-title { font-size: ${pt(style.titleSize)}; margin-top: 0; }
h1 { font-size: ${pt(h1)}; }
h2 { font-size: ${pt(h2)}; }
h3 { font-size: ${pt(h3)}; }
h4, h5, h6 { font-size: ${pt(style.bodySize)}; }
ul, ol { margin: 0 0 6pt; padding-left: 36pt; }
ul ul { list-style-type: circle; } ul ul ul { list-style-type: square; }
ul.check { list-style: none; padding-left: 18pt; }
li.nested-only { list-style: none; }
blockquote { margin: 0 36pt 6pt; padding-left: 8pt; border-left: 1.5pt solid #a0a0a0; font-style: italic; color: #404040; }
code { font-family: ${mono}; }
mark { background: #ffff00; }
mark.missing { font-weight: 700; }
mark.placeholder { font-style: italic; }
a { color: inherit; }
.tab { white-space: pre; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td, th { border: 0.5pt solid #808080; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: ${hex(style.tableHeaderFill)}; font-weight: 700; }
td > :last-child, th > :last-child { margin-bottom: 0; }
.labels { margin: 0 0 12pt; }
.labels p { margin: 0 0 2pt; }
.labels b { font-weight: 700; }
.cover { text-align: center; padding-top: 60mm; }
.cover .doc-title { margin-bottom: 6pt; }
.cover .subtitle { font-size: 16pt; margin-bottom: 24pt; }
.cover .draft-notice { color: #a4262c; font-weight: 700; margin-top: 24pt; }
.cover ul { display: inline-block; text-align: left; }
.contents ol { list-style: none; padding: 0; }
.contents li { display: flex; gap: 6pt; margin: 0 0 4pt; }
.contents li a { text-decoration: none; flex: 0 1 auto; }
.contents li .leader { flex: 1 1 auto; border-bottom: 1pt dotted #808080; margin-bottom: 4pt; }
.contents li .page { flex: 0 0 auto; }
.programme col.time { width: 24%; } .programme col.meeting { width: 28%; } .programme col.place { width: 20%; } .programme col.people { width: 28%; }
.programme td p { margin: 0; }
.sign-off { margin-top: 24pt; font-style: italic; color: #595959; }
${draft ? '.watermark { position: fixed; top: 42%; left: 0; right: 0; text-align: center; font: 700 110pt "Briefing Sans", sans-serif; color: rgba(160, 160, 160, 0.22); transform: rotate(-45deg); pointer-events: none; z-index: -1; }' : ''}
`;
}
