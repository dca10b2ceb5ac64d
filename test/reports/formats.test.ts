import { expect } from 'chai';
import type ExcelJS from 'exceljs';
import { REPORT_FORMATS, renderReport, type RenderedReport } from '../../server/reports/render/index.js';
import { reportDataSchema, type ReportData } from '../../server/reports/report.schema.js';
import { fixture } from './fixture.js';
import { docxRuns, parseCsv, pdfText, readXlsx, squash, zipEntries } from './open.js';

describe('reports: every format opens and holds the report', function () {
  this.timeout(30_000);
  const data: ReportData = fixture();
  const out = {} as Record<(typeof REPORT_FORMATS)[number], RenderedReport>;

  before(async () => {
    for (const f of REPORT_FORMATS) out[f] = await renderReport(f, data);
  });

  it('names content types and extensions', () => {
    expect(out.pdf.contentType).to.equal('application/pdf');
    expect(out.csv.contentType).to.equal('text/csv; charset=utf-8');
    expect(REPORT_FORMATS.map((f) => out[f].extension)).to.deep.equal(['html', 'pdf', 'docx', 'xlsx', 'csv', 'json', 'md']);
  });

  it('HTML: a self-contained, accessible document with every chapter, chart and theme', () => {
    const html = out.html.body.toString('utf8');
    expect(html).to.match(/^<!doctype html>\s*<html lang="id">/);
    expect(html.match(/<h1>/g)).to.have.length(1);
    expect(html.match(/<section class="theme"/g)).to.have.length(data.themes.length);
    expect(html.match(/<section class="chapter/g)).to.have.length(6);
    expect(html.match(/<svg class="chart" role="img"/g)).to.have.length(3);
    expect(html).to.contain('<th scope="col">');
    expect(html).to.contain('@page');
    for (const th of data.themes) expect(html).to.contain(th.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(html).to.contain('Akses Permodalan &amp; KUR');
    expect(html).to.contain('Perlu skema KUR khusus pelaku kuliner rumahan dengan bunga ringan.');
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/g)!.at(-1)!.match(/<tr>/g)).to.have.length(data.appendix.length);
    expect(html).to.not.match(/(src|href)\s*=\s*["']?\s*(https?:|\/\/|javascript:)/i);
    expect(html).to.not.match(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).to.not.contain('Nama</th>');
  });

  it('Markdown: headings, a table per section and the appendix table', () => {
    const md = out.md.body.toString('utf8');
    expect(md).to.match(/^# Bahan Masukan Peta Jalan: /);
    for (const h of ['## 1. Ringkasan Eksekutif', '## 2. Partisipasi', '## 3. Tema Berdasarkan Dukungan', '## 4. Matriks Peta Jalan: Isu Strategis × Subsektor × Aktor', '## 5. Isu Strategis', '## Lampiran: Daftar Usulan']) {
      expect(md).to.contain(h);
    }
    expect(md).to.contain('### 3.1 Akses Permodalan & KUR');
    const appendix = md.slice(md.indexOf('## Lampiran'));
    const rows = appendix.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows).to.have.length(data.appendix.length + 1);
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    for (const r of rows) expect(cells(r)).to.equal(cells(rows[0]!));
  });

  it('PDF: title, chapters, theme labels and quotes as text', async () => {
    const pdf = await pdfText(out.pdf.body);
    const all = squash(pdf.text.join(' '));
    expect(pdf.pages).to.be.greaterThan(5);
    expect(all).to.contain(squash('Bahan Masukan Peta Jalan'));
    expect(all).to.contain(squash('Ringkasan Eksekutif'));
    for (const th of data.themes) expect(all).to.contain(squash(th.label));
    expect(all).to.contain(squash('bootcamp UI/UX gratis untuk pemuda — “Malang Kreatif”'));
    expect(all).to.contain(squash('Halaman 1'));
  });

  it('DOCX: headings, theme labels, quotes and tables in word/document.xml', async () => {
    const parts = await zipEntries(out.docx.body);
    const xml = parts.get('word/document.xml')!;
    const text = docxRuns(xml).join('\n');
    for (const th of data.themes) expect(text).to.contain(th.label);
    for (const q of data.themes[0]!.quotes) expect(text).to.contain(q.text);
    expect(xml).to.contain('w:pStyle w:val="Heading1"');
    expect(xml.match(/<w:tbl>/g)!.length).to.be.at.least(6);
    expect(text).to.contain('Lampiran: Daftar Usulan');
  });

  it('XLSX: localised sheets with a bold frozen header, one row per suggestion and theme', async () => {
    const wb = await readXlsx(out.xlsx.body);
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal(['Usulan', 'Tema', 'Matriks', 'Sel matriks', 'Partisipasi']);
    const [usulan, tema, matriks] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(usulan.rowCount).to.equal(data.appendix.length + 1);
    expect(usulan.getRow(1).font?.bold).to.equal(true);
    expect(usulan.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    expect(usulan.getColumn(3).width).to.equal(60);
    expect(tema.rowCount).to.equal(data.themes.length + 1);
    expect(tema.getColumn(2).values.slice(2)).to.deep.equal(data.themes.map((t) => t.label));
    expect(matriks.getRow(1).getCell(1).value).to.equal('Isu strategis / Subsektor');
    expect(matriks.getRow(2).getCell(1).value).to.equal('SDM kreatif');
  });

  it('CSV: UTF-8 BOM, header plus one record per suggestion, theme and tags', () => {
    const text = out.csv.body.toString('utf8');
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows).to.have.length(data.appendix.length + 1);
    expect(rows[0]).to.deep.equal(['No.', 'ID', 'Usulan', 'Sesi', 'Pertanyaan', 'Aktor pentahelix', 'Kategori', 'Dukungan', 'Tema', 'Subsektor', 'Isu strategis', 'Isu peta jalan', 'Waktu (WIB)']);
    for (const r of rows) expect(r).to.have.length(13);
    expect(rows[1]!.slice(1, 4)).to.deep.equal([data.appendix[0]!.id, data.appendix[0]!.text, data.appendix[0]!.session]);
    expect(rows[1]![8]).to.equal('Akses Permodalan & KUR');
    expect(rows[1]![9]).to.equal('Kuliner; Kriya');
  });

  it("shows every time in the forum's zone, named (WIT here), and session dates as the forum's days", async () => {
    const base = fixture();
    const east: ReportData = { ...base, forum: { ...base.forum, timeZone: 'Asia/Jayapura' }, appendix: base.appendix.map((r, i) => (i === 0 ? { ...r, createdAt: '2026-03-10T16:30:00.000Z' } : r)) };
    const rows = parseCsv((await renderReport('csv', east)).body.toString('utf8').slice(1));
    expect(rows[0]!.at(-1)).to.equal('Waktu (WIT)');
    expect(rows[1]!.at(-1), '16:30 UTC is 01:30 the next day in Jayapura').to.equal('2026-03-11 01:30');
    const html = (await renderReport('html', east)).body.toString('utf8');
    expect(html).to.contain('WIT').and.not.contain('WIB');
    expect(html).to.contain('10 Maret 2026'); // a session's day stays its day
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const body = (await renderReport(format, east)).body;
      const text =
        format === 'md' ? body.toString('utf8') : format === 'docx' ? docxRuns((await zipEntries(body)).get('word/document.xml') ?? '').join(' ') : (await pdfText(body)).text.join(' ');
      expect(text, format).to.contain('WIT');
    }
  });

  it('JSON: the report data as is, valid against the schema', () => {
    const parsed: unknown = JSON.parse(out.json.body.toString('utf8'));
    expect(reportDataSchema.parse(parsed)).to.deep.equal(data);
  });

  it('adds name and organisation only when the rows carry them', async () => {
    const personal = fixture({ personal: true });
    const csv = parseCsv((await renderReport('csv', personal)).body.toString('utf8').slice(1));
    expect(csv[0]!.slice(-2)).to.deep.equal(['Nama', 'Organisasi']);
    expect(csv[2]![13]).to.equal(personal.appendix[1]!.name);
    const html = (await renderReport('html', personal)).body.toString('utf8');
    expect(html).to.contain('<th scope="col">Organisasi</th>');
    expect(html).to.contain('Komunitas Kreatif Malang');
  });
});
