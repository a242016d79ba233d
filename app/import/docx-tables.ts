/**
 * Tables nested deeper than this are taken apart before mammoth reads the document: its reader
 * recurses once per level and a valid document of tables nested a thousand deep overflowed it
 * (refused as "damaged", every word lost). A note cannot hold a table in a table anyway (each
 * becomes rows of text), so only the deep ones are flattened here, their cells' paragraphs kept.
 */
export const MAX_TABLE_NESTING = 8;

/** Table, row and cell properties: dropped with their content when their table is flattened. */
const PROPERTIES = new Set(['w:tblpr', 'w:tblgrid', 'w:trpr', 'w:tcpr', 'w:tblprex']);
const STRUCTURE = new Set(['w:tbl', 'w:tr', 'w:tc']);

/** The document with every table below MAX_TABLE_NESTING unwrapped into its paragraphs, and how many. */
export function flattenDeepTables(xml: string): { xml: string; flattened: number } {
  if (!/<w:tbl\b/.test(xml)) return { xml, flattened: 0 };
  const out: string[] = [];
  let depth = 0;
  let flattened = 0;
  let skipping: string | null = null;
  let last = 0;
  const tags = /<(\/?)(w:[A-Za-z]+)\b[^>]*?(\/?)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [whole, close, rawName, selfClose] = m;
    const name = rawName!.toLowerCase();
    const deep = depth > MAX_TABLE_NESTING;
    if (skipping) {
      if (close && name === skipping) {
        skipping = null;
        last = m.index + whole.length;
      }
      continue;
    }
    if (name === 'w:tbl' && !selfClose) depth += close ? -1 : 1;
    const inDeep = deep || depth > MAX_TABLE_NESTING;
    if (!inDeep) continue;
    if (STRUCTURE.has(name) || PROPERTIES.has(name)) {
      out.push(xml.slice(last, m.index));
      last = m.index + whole.length;
      if (name === 'w:tbl' && !close && !selfClose) flattened++;
      if (PROPERTIES.has(name) && !close && !selfClose) skipping = name;
    }
  }
  out.push(xml.slice(last));
  return { xml: out.join(''), flattened };
}
