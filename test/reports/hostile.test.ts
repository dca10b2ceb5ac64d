/**
 * The same hostile suggestions (formula, script, Markdown emphasis and link, table pipe; and texts
 * starting with +, - and @) must stay inert, readable text in every format.
 */
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { renderReport } from '../../server/reports/render/index.js';
import { fixture, MALICIOUS, MALICIOUS_PREFIXED } from './fixture.js';
import { docxRuns, parseCsv, pdfText, readXlsx, squash, zipEntries } from './open.js';

describe('reports: hostile suggestions stay inert in every format', function () {
  this.timeout(30_000);
  const data = fixture();
  const hostile = [MALICIOUS, ...MALICIOUS_PREFIXED];

  it('is part of the fixture, as a quote and in the appendix', () => {
    expect(data.themes[0]!.quotes.map((q) => q.text)).to.include(MALICIOUS);
    for (const h of hostile) expect(data.appendix.map((r) => r.text)).to.include(h);
    expect(data.themes.map((t) => t.label)).to.include('Pemasaran Digital <Kota> | Akses Pasar');
  });

  it('HTML: escaped, no script element, no javascript: link', async () => {
    const html = (await renderReport('html', data)).body.toString('utf8');
    expect(html).to.not.match(/<script/i);
    expect(html).to.not.match(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.contain('&#x3D;HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)');
    expect(html).to.contain('Pemasaran Digital &lt;Kota&gt; | Akses Pasar');
    expect(html).to.not.contain('<Kota>');
  });

  it('Markdown: emphasis, link, HTML and pipe escaped; table columns intact', async () => {
    const md = (await renderReport('md', data)).body.toString('utf8');
    expect(md).to.not.match(/<script/i);
    expect(md).to.not.contain('**bold**');
    expect(md).to.not.contain('](javascript:');
    expect(md).to.contain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\| pipe');
    expect(md).to.contain('Pemasaran Digital &lt;Kota&gt; \\| Akses Pasar');
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes('HYPERLINK'))!;
    const header = md.split('\n').find((l) => l.startsWith('| No. |'))!;
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    expect(cells(row)).to.equal(cells(header));
    expect(md).to.contain('\\+62 812');
    expect(md).to.contain('\\-1 anggaran');
  });

  it("CSV: formula cells start with ' and the record still parses", async () => {
    const rows = parseCsv((await renderReport('csv', data)).body.toString('utf8').slice(1));
    const texts = rows.map((r) => r[2]);
    for (const h of hostile) expect(texts).to.include(`'${h}`);
    for (const r of rows) expect(r).to.have.length(rows[0]!.length);
  });

  it("XLSX: text cells with a leading ', never formulas", async () => {
    const body = (await renderReport('xlsx', data)).body;
    const wb = await readXlsx(body);
    const sheet = wb.getWorksheet('Usulan')!;
    const cells = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => cells.set(String(row.getCell(3).value), row.getCell(3)));
    for (const h of hostile) {
      const cell = cells.get(`'${h}`);
      expect(cell, h).to.not.equal(undefined);
      expect(cell!.type).to.equal(ExcelJS.ValueType.String);
      expect(cell!.formula).to.equal(undefined);
    }
    for (const [name, xml] of await zipEntries(body)) if (name.startsWith('xl/worksheets/')) expect(xml, name).to.not.match(/<f[ >]/);
  });

  it('DOCX: plain escaped text, no field codes', async () => {
    const xml = (await zipEntries((await renderReport('docx', data)).body)).get('word/document.xml')!;
    expect(xml).to.not.match(/<script/i);
    expect(xml).to.contain('&lt;script&gt;');
    expect(xml).to.not.match(/instrText|fldSimple|w:hyperlink/);
    const runs = docxRuns(xml);
    expect(runs).to.include(MALICIOUS);
    expect(runs).to.include(`“${MALICIOUS}”`);
    for (const h of MALICIOUS_PREFIXED) expect(runs).to.include(h);
  });

  it('PDF: the text as written, no link annotations', async () => {
    const body = (await renderReport('pdf', data)).body;
    const all = squash((await pdfText(body)).text.join(' '));
    for (const h of hostile) expect(all).to.contain(squash(h));
    expect(body.toString('latin1')).to.not.match(/\/URI|\/JavaScript|\/JS\b/);
  });
});
