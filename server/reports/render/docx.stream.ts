/**
 * The DOCX appendix, streamed: the `docx` library builds every other part (small), and the
 * appendix table, one row per suggestion, is written as WordprocessingML text in chunks straight
 * into the zip's deflater (fflate), so memory stays flat however many rows there are. The table
 * has the shape docx.parts.ts `table()` gives the others: fixed layout, a repeating shaded header,
 * paragraph styles instead of per-cell formatting.
 */
import { Zip, ZipDeflate, strToU8, unzipSync } from 'fflate';
import { BAND } from './docx.parts.js';
import { escapeXml } from './safe.js';

export interface StreamedTable {
  /** column widths in twips */
  widths: number[];
  headers: string[];
  /** right-aligned (numeric) columns */
  right: boolean[];
  /** paragraph style of every cell */
  style: string;
  rowCount: number;
  /** the texts of row i, one per column */
  row: (i: number) => string[];
}

const ROWS_PER_CHUNK = 500;
const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');

const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function cellXml(t: StreamedTable, col: number, text: string, header: boolean): string {
  const shade = header ? `<w:shd w:fill="${BAND}" w:color="auto" w:val="clear"/>` : '';
  const align = !header && t.right[col] ? '<w:jc w:val="right"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${t.widths[col]}"/>${shade}</w:tcPr><w:p><w:pPr><w:pStyle w:val="${t.style}"/>${align}</w:pPr>${run(text, header)}</w:p></w:tc>`;
}

function rowXml(t: StreamedTable, texts: string[], header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${texts.map((text, c) => cellXml(t, c, text, header)).join('')}</w:tr>`;
}

function tableStart(t: StreamedTable): string {
  const margins = '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>';
  const grid = t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>${margins}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rowXml(t, t.headers, true)}`;
}

/**
 * Re-packs the library's .docx with `table` appended to the body of word/document.xml (before
 * the final section's properties, so it belongs to the last section). `tick` is awaited after
 * every chunk of rows with the share of rows written.
 */
export async function appendTableToDocx(docx: Buffer, table: StreamedTable, tick: (done: number) => Promise<void>): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength));
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else out.push(chunk);
  });
  // [Content_Types].xml first, as Word writes it.
  const names = Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (name !== 'word/document.xml') {
      entry.push(parts[name]!, true);
      continue;
    }
    const xml = new TextDecoder().decode(parts[name]);
    const at = xml.lastIndexOf('<w:sectPr');
    if (at < 0) throw new Error('word/document.xml has no final section properties');
    entry.push(strToU8(xml.slice(0, at) + tableStart(table)));
    for (let start = 0; start < table.rowCount; start += ROWS_PER_CHUNK) {
      let chunk = '';
      for (let i = start; i < Math.min(table.rowCount, start + ROWS_PER_CHUNK); i++) chunk += rowXml(table, table.row(i), false);
      entry.push(strToU8(chunk));
      await tick(Math.min(table.rowCount, start + ROWS_PER_CHUNK) / table.rowCount);
    }
    entry.push(strToU8(`</w:tbl>${xml.slice(at)}`), true);
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(out);
}
