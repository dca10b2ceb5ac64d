/**
 * Drawing helpers over pdfkit for the PDF report: headings, paragraphs, quotes, bar charts and
 * tables that wrap cells and continue across pages (repeating their header). Texts are drawn by
 * pdf.text.ts (standard Helvetica fonts for WinAnsi text, an emoji font for emoji).
 */
import type PDFDocument from 'pdfkit';
import type { BarChart } from './charts.js';
import { truncate } from './charts.js';
import { drawText, measurable, sizeToFit } from './pdf.text.js';
import { toWinAnsi } from './safe.js';

type Doc = InstanceType<typeof PDFDocument>;

export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const ITALIC = 'Helvetica-Oblique';
export const BLUE = '#18568c';
export const INK = '#1a1a1a';
export const MUTED = '#555555';
const RULE = '#c8d0d8';
const BAND = '#f1f4f7';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  fill?: string;
  color?: string;
}

/** Pages kept in memory before their footers are drawn and they are written out. */
const FLUSH_EVERY = 16;

export class PdfWriter {
  /**
   * `footer(n)` is drawn at the foot of page n. Pages are flushed in small batches (a buffered
   * 300-page document would hold hundreds of MB), so footers cannot know the page total.
   */
  constructor(readonly doc: Doc, private readonly footer: { left: string; right: (n: number) => string }) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page; callers set their font after it (flushing draws footers in another font). */
  newPage(layout: 'portrait' | 'landscape' = 'portrait'): void {
    const margins = { ...this.doc.page.margins };
    if (this.doc.bufferedPageRange().count >= FLUSH_EVERY) this.flush();
    this.doc.addPage({ size: 'A4', layout, margins });
  }

  /** Draws the footers of the buffered pages and writes them out; the current page ends too. */
  flush(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { margins } = this.doc.page;
      const saved = margins.bottom;
      margins.bottom = 0;
      const y = this.doc.page.height - saved + 18;
      const w = this.doc.page.width - margins.left - margins.right;
      this.doc.font(FONT).fontSize(7.5).fillColor(MUTED);
      this.doc.text(toWinAnsi(truncate(this.footer.left, 90)), margins.left, y, { width: w * 0.75, lineBreak: false });
      this.doc.text(toWinAnsi(this.footer.right(i + 1)), margins.left + w * 0.75, y, { width: w * 0.25, align: 'right', lineBreak: false });
      margins.bottom = saved;
    }
    this.doc.flushPages();
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage(this.doc.page.layout === 'landscape' ? 'landscape' : 'portrait');
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = [0, 18, 13.5, 11][level]!;
    this.ensure(size * 4);
    this.doc.font(BOLD).fontSize(size);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc.fontSize(size).fillColor(level === 3 ? INK : BLUE);
    drawText(this.doc, text, BOLD, { x: this.left, y: this.doc.y }, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(1.5).strokeColor(BLUE).stroke();
      this.doc.y = y + 6;
    }
    this.doc.moveDown(0.3);
  }

  para(text: string, opts: { font?: string; size?: number; color?: string; gap?: number } = {}): void {
    this.ensure((opts.size ?? 10) * 2.5);
    this.doc.fontSize(opts.size ?? 10).fillColor(opts.color ?? INK);
    drawText(this.doc, text, opts.font ?? FONT, { x: this.left, y: this.doc.y }, { width: this.width, lineGap: 1.5 });
    this.doc.moveDown(opts.gap ?? 0.4);
  }

  /** "Label: text" with a bold label. */
  fact(label: string, text: string): void {
    this.ensure(24);
    this.doc.fontSize(9.5).fillColor(INK);
    drawText(this.doc, `${label}: `, BOLD, { x: this.left, y: this.doc.y }, { width: this.width, continued: true });
    drawText(this.doc, text || '-', FONT, null);
    this.doc.moveDown(0.15);
  }

  quote(text: string, meta: string): void {
    const indent = 12;
    const w = this.width - indent;
    this.doc.font(ITALIC).fontSize(9.5);
    const body = `“${text}”`;
    const h = this.doc.heightOfString(measurable(body), { width: w }) + 14;
    this.ensure(Math.min(h, 200));
    const top = this.doc.y;
    this.doc.fontSize(9.5).fillColor(INK);
    drawText(this.doc, body, ITALIC, { x: this.left + indent, y: top }, { width: w });
    this.doc.fontSize(8).fillColor(MUTED);
    drawText(this.doc, meta, FONT, { x: this.left + indent, y: this.doc.y + 1 }, { width: w });
    const end = this.doc.y;
    if (end > top) this.doc.rect(this.left, top, 3, end - top).fill(BLUE);
    this.doc.y = end + 6;
  }

  bars(chart: BarChart): void {
    const rowH = 15;
    const labelW = Math.min(190, this.width * 0.36);
    const noteW = 120;
    const area = this.width - labelW - noteW - 12;
    const max = Math.max(1, ...chart.rows.map((r) => r.value));
    this.ensure(30 + Math.min(chart.rows.length, 30) * rowH);
    this.doc.fontSize(10).fillColor(INK);
    drawText(this.doc, chart.title, BOLD, { x: this.left, y: this.doc.y }, { width: this.width });
    this.doc.moveDown(0.3);
    for (const row of chart.rows) {
      this.ensure(rowH);
      const y = this.doc.y;
      const w = Math.max(row.value > 0 ? 1.5 : 0, (row.value / max) * area);
      this.doc.fontSize(8).fillColor(INK);
      drawText(this.doc, truncate(row.label, 44), FONT, { x: this.left, y: y + 3 }, { width: labelW - 6, align: 'right', lineBreak: false });
      if (w > 0) this.doc.rect(this.left + labelW, y + 2, w, rowH - 4).fill(BLUE);
      this.doc.fillColor(MUTED).text(toWinAnsi(row.note ?? String(row.value)), this.left + labelW + w + 5, y + 3, { width: noteW + area - w, lineBreak: false });
      this.doc.y = y + rowH;
    }
    this.doc.moveDown(0.6);
  }

  /**
   * A table with wrapped cells; rows that no longer fit start a new page, which repeats the
   * header. `rows` is any iterable, so the appendix streams through without a second copy.
   */
  async table(columns: Column[], rows: Iterable<Cell[]>, opts: { size?: number; zebra?: boolean; onRow?: (i: number) => Promise<void> | void } = {}): Promise<void> {
    const doc = this.doc;
    const size = opts.size ?? 8.5;
    const pad = 3;
    const maxCell = (this.bottom - doc.page.margins.top) * 0.5;
    const x0 = this.left;
    let zebra = 0;
    const drawRow = (cells: Cell[], font: string, header: boolean) => {
      doc.font(font).fontSize(size);
      const texts = cells.map((c) => measurable(c.text));
      const sizes = texts.map((t, i) => sizeToFit(doc, t, size, columns[i]!.width - 2 * pad));
      let h = 0;
      texts.forEach((t, i) => {
        if (t) h = Math.max(h, Math.min(maxCell, doc.fontSize(sizes[i]!).heightOfString(t, { width: columns[i]!.width - 2 * pad })));
      });
      h = Math.max(h, doc.fontSize(size).currentLineHeight(true)) + 2 * pad;
      if (doc.y + h > this.bottom) {
        this.newPage(doc.page.layout === 'landscape' ? 'landscape' : 'portrait');
        if (!header) drawHeader();
      }
      doc.font(font).fontSize(size);
      const y = doc.y;
      if (header) doc.rect(x0, y, this.width, h).fill(BAND);
      else if (opts.zebra && zebra++ % 2 === 1) doc.rect(x0, y, this.width, h).fill('#f8f9fb');
      let x = x0;
      cells.forEach((c, i) => {
        const col = columns[i]!;
        if (c.fill) doc.rect(x, y, col.width, h).fill(`#${c.fill}`);
        if (texts[i]) {
          doc.fontSize(sizes[i]!).fillColor(c.color ? `#${c.color}` : INK);
          drawText(doc, c.text, font, { x: x + pad, y: y + pad }, { width: col.width - 2 * pad, height: h - 2 * pad + 1, align: col.align ?? 'left', ellipsis: true });
        }
        x += col.width;
      });
      doc.moveTo(x0, y + h).lineTo(x0 + this.width, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
      doc.y = y + h;
    };
    const drawHeader = () => drawRow(columns.map((c) => ({ text: c.header })), BOLD, true);
    this.ensure(40);
    drawHeader();
    let i = 0;
    for (const row of rows) {
      drawRow(row, FONT, false);
      await opts.onRow?.(i++);
    }
    doc.x = x0;
    doc.moveDown(0.8);
  }
}
