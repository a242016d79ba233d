import { zipSync } from 'fflate';

/**
 * Hostile .docx files and clipboard HTML, made on the fly for the import sweep (none is kept in the repo):
 * each small when packed, each aimed at one way an import can hang, blow up or let something in.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(body: string, options: { rels?: string; doctype?: string; parts?: Record<string, string> } = {}) {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = new TextEncoder().encode(text));
  put(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}"><Relationship Id="rId1" ` +
      `Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  put(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?>${options.doctype ?? ''}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
  );
  put(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}">${options.rels ?? ''}</Relationships>`,
  );
  for (const [name, text] of Object.entries(options.parts ?? {})) put(name, text);
  return Buffer.from(zipSync(files));
}

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}" TargetMode="External"/>`;

/** A picture linked (not embedded) from a tracking URL and a local file; links to javascript: and file:. */
export function externalRelationships(): Buffer {
  const blip = (id: string) =>
    '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    '<wp:extent cx="10" cy="10"/><wp:docPr id="1" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:blipFill><a:blip r:link="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const link = (id: string, text: string) => `<w:hyperlink r:id="${id}"><w:r><w:t>${text}</w:t></w:r></w:hyperlink>`;
  const and = '<w:r><w:t xml:space="preserve"> and </w:t></w:r>';
  return docx(
    p('A linked picture follows') +
      blip('rIdPixel') +
      blip('rIdLocal') +
      `<w:p>${link('rIdScript', 'Click here')}${and}${link('rIdFile', 'local file')}${and}${link('rIdWeb', 'the ministry')}</w:p>` +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "http://tracker.invalid/p.png" \\d </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Field result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    {
      rels:
        relationship('rIdPixel', 'image', 'http://tracker.invalid/pixel.png') +
        relationship('rIdLocal', 'image', 'file:///etc/passwd') +
        relationship('rIdScript', 'hyperlink', 'javascript:alert(1)') +
        relationship('rIdFile', 'hyperlink', 'file:///C:/Windows/system32/calc.exe') +
        relationship('rIdWeb', 'hyperlink', 'https://www.gov.uk/'),
    },
  );
}

/** Tables nested `depth` deep, a paragraph at each level. */
export function nestedTables(depth: number): Buffer {
  let body = p('innermost words');
  for (let i = 0; i < depth; i++) body = `<w:tbl><w:tr><w:tc>${p(`level ${i}`)}${body}</w:tc></w:tr></w:tbl>${p('')}`;
  return docx(body);
}

/** `count` numbered items, every seventh one level down and lettered. */
export function longList(count: number): Buffer {
  const numbering =
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">` +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>' +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  let items = '';
  for (let i = 0; i < count; i++)
    items +=
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${i % 7 === 3 ? 1 : 0}"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
      `<w:r><w:t>Item number ${i}</w:t></w:r></w:p>`;
  return docx(items, {
    rels: `<Relationship Id="rIdN" Type="${R}/numbering" Target="numbering.xml"/>`,
    parts: { 'word/numbering.xml': numbering },
  });
}

/** Entities that expand to a billion "lol"s. */
export function billionLaughs(): Buffer {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return docx(p('Laughs: &lol9;'), { doctype: `<!DOCTYPE d [${levels.join('')}]>` });
}

/** An external entity naming a local file. */
export function externalEntity(): Buffer {
  return docx(p('Secret: &xxe;'), { doctype: '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>' });
}

/** One "word" of a million letters. */
export function hugeWord(): Buffer {
  return docx(p('x'.repeat(1_000_000)));
}

/** Clipboard HTML that tries every way in: scripts, handlers, sneaky link schemes, remote and huge pictures. */
export function hostileClipboardHtml(): string {
  const huge = `data:image/png;base64,${'A'.repeat(2_000_000)}`;
  return (
    '<html><head><base href="http://evil.invalid/"><meta http-equiv="refresh" content="0;url=http://evil.invalid/">' +
    '<style>@import url(http://evil.invalid/x.css); p { background: url(http://evil.invalid/p.png) }</style></head><body>' +
    '<p onclick="alert(1)" style="background:url(http://evil.invalid/bg.png)">Safe words<script>alert(2)</script></p>' +
    '<p><a href="javascript:alert(3)">scripted link</a> <a href=" jav&#x09;ascript:alert(4)">tabbed scheme</a> ' +
    '<a href="data:text/html,<script>alert(5)</script>">data link</a> <a href="vbscript:msgbox(6)">vb link</a> ' +
    '<a href="file:///etc/passwd">file link</a> <a href="https://www.gov.uk/" onmouseover="alert(7)">good link</a></p>' +
    `<p>Pictures <img src="http://evil.invalid/pixel.png" onerror="alert(8)"><img src="${huge}"> gone</p>` +
    '<svg><script>alert(9)</script><text>svg text</text></svg><math><mi xlink:href="javascript:alert(10)">math words</mi></math>' +
    '<iframe src="http://evil.invalid/"></iframe><object data="x.swf"></object><form action="http://evil.invalid/"><input value="field"></form>' +
    '<table><tr><td background="http://evil.invalid/c.png">Cell words</td></tr></table>' +
    '<noscript><p>noscript words</p></noscript><template><p>template words</p></template></body></html>'
  );
}
