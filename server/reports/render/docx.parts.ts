/**
 * Building blocks for the DOCX report: styles, paragraphs, quotes and tables over the `docx`
 * library (which escapes XML itself; texts are stripped of characters XML cannot hold).
 */
import {
  AlignmentType, BorderStyle, Footer, HeadingLevel, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type IStylesOptions,
} from 'docx';
import { stripInvalidXml } from './safe.js';

const BLUE = '18568C';
export const BAND = 'EEF2F6';
const clean = (s: string) => stripInvalidXml(s);

export function styles(lang: 'id' | 'en'): IStylesOptions {
  return {
    default: {
      document: { run: { font: 'Calibri', size: 21, language: { value: lang === 'id' ? 'id-ID' : 'en-GB' } } },
      title: { run: { font: 'Calibri', size: 48, bold: true, color: BLUE } },
      heading1: { run: { font: 'Calibri', size: 34, bold: true, color: BLUE }, paragraph: { spacing: { before: 240, after: 160 } } },
      heading2: { run: { font: 'Calibri', size: 26, bold: true, color: BLUE }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
      heading3: { run: { font: 'Calibri', size: 22, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: 'ReportQuote',
        name: 'Report Quote',
        basedOn: 'Normal',
        run: { italics: true, color: '333333' },
        paragraph: { indent: { left: 360 }, spacing: { before: 80, after: 20 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: BLUE, space: 8 } } },
      },
      { id: 'ReportCell', name: 'Report Table Text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0 } } },
      { id: 'ReportCellSmall', name: 'Report Table Text Small', basedOn: 'Normal', run: { size: 15 }, paragraph: { spacing: { before: 0, after: 0 } } },
      { id: 'ReportNote', name: 'Report Note', basedOn: 'Normal', run: { size: 18, color: '555555' }, paragraph: { spacing: { after: 120 } } },
    ],
  };
}

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(text))] });

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  const h = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level]!;
  return new Paragraph({ heading: h, pageBreakBefore, children: [new TextRun(clean(text))] });
}

export const para = (text: string, style?: string) => new Paragraph({ style, spacing: { after: 120 }, children: [new TextRun(clean(text))] });

export const fact = (label: string, text: string) =>
  new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${clean(label)}: `, bold: true }), new TextRun(clean(text || '–'))] });

export function quote(text: string, meta: string): Paragraph[] {
  return [
    new Paragraph({ style: 'ReportQuote', children: [new TextRun(clean(`“${text}”`))] }),
    new Paragraph({ style: 'ReportQuote', spacing: { after: 120 }, children: [new TextRun({ text: clean(meta), italics: false, size: 17, color: '555555' })] }),
  ];
}

export interface DocxCell {
  text: string;
  fill?: string;
  color?: string;
}

/** Usable page widths in twips (A4, 1-inch margins). */
export const PORTRAIT_WIDTH = 9026;
export const LANDSCAPE_WIDTH = 13958;

function cell(c: DocxCell, style: string, right: boolean): TableCell {
  const plain = !c.fill && !c.color && !right;
  return new TableCell({
    ...(c.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.fill } } : {}),
    children: [
      plain
        ? new Paragraph({ style, text: clean(c.text) })
        : new Paragraph({ style, alignment: right ? AlignmentType.RIGHT : undefined, children: [new TextRun({ text: clean(c.text), color: c.color })] }),
    ],
  });
}

/**
 * A fixed-layout table with a repeating bold header row. `widths` are percentages of `pageWidth`
 * (twips); `right` marks numeric columns. Cell formatting lives in the table and in paragraph
 * styles, not in each cell, which keeps a 10,000-row appendix small and quick to write.
 */
export function table(headers: string[], widths: number[], rows: Iterable<DocxCell[]>, opts: { right?: boolean[]; small?: boolean; pageWidth?: number } = {}): Table {
  const style = opts.small ? 'ReportCellSmall' : 'ReportCell';
  const pageWidth = opts.pageWidth ?? PORTRAIT_WIDTH;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h) => new TableCell({
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAND },
      children: [new Paragraph({ style, children: [new TextRun({ text: clean(h), bold: true })] })],
    })),
  });
  const body: TableRow[] = [header];
  const right = headers.map((_, i) => opts.right?.[i] ?? false);
  for (const row of rows) body.push(new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, style, right[i]!)) }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w / 100) * pageWidth)),
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 70, right: 70 },
    rows: body,
  });
}

/** Footer with the report title and "Halaman {n} dari {total}" as live page-number fields. */
export function footer(title: string, pageTemplate: string): Footer {
  const parts = pageTemplate.split(/(\{n\}|\{total\})/).filter(Boolean).map((p) => (p === '{n}' ? PageNumber.CURRENT : p === '{total}' ? PageNumber.TOTAL_PAGES : clean(p)));
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 16, color: '555555', children: [`${clean(title)} · `, ...parts] })],
      }),
    ],
  });
}
