/**
 * Opening rendered reports the way their readers do: an RFC 4180 CSV parser, XLSX via exceljs,
 * DOCX and XLSX parts via jszip, PDF text via pdfjs-dist.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes; records end with CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

export async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

export async function zipEntries(body: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(body);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+));/g, (_m, name: string, num?: string) => (num ? String.fromCodePoint(Number(num)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name]!));

/** The text of every w:t run in a WordprocessingML part, decoded, one string per run. */
export function docxRuns(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!));
}

const fontDir = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Page count and the text of each page (items joined by spaces). */
export async function pdfText(body: Buffer): Promise<{ pages: number; text: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(body), standardFontDataUrl: fontDir, verbosity: 0, isEvalSupported: false }).promise;
  const text: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return { pages: doc.numPages, text };
}

/** Whitespace removed, so text that wrapped over lines still matches. */
export const squash = (s: string) => s.replace(/\s+/g, '');
