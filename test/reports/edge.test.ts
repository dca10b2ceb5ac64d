import { expect } from 'chai';
import { REPORT_FORMATS, renderReport } from '../../server/reports/render/index.js';
import { reportDataSchema } from '../../server/reports/report.schema.js';
import { emptyReport, fixture } from './fixture.js';
import { docxRuns, parseCsv, pdfText, readXlsx, squash, zipEntries } from './open.js';

describe('reports: empty reports and English texts', function () {
  this.timeout(30_000);

  it('renders every format for a report with no themes and no suggestions', async () => {
    const data = emptyReport();
    expect(data.themes).to.deep.equal([]);
    expect(data.appendix).to.deep.equal([]);
    for (const f of REPORT_FORMATS) {
      const out = await renderReport(f, data);
      expect(out.body.length, f).to.be.greaterThan(0);
    }
    const html = (await renderReport('html', data)).body.toString('utf8');
    expect(html).to.contain('Tidak ada tema dalam laporan ini.');
    expect(html).to.contain('Tidak ada usulan dalam laporan ini.');
    expect(parseCsv((await renderReport('csv', data)).body.toString('utf8').slice(1))).to.have.length(1);
    const wb = await readXlsx((await renderReport('xlsx', data)).body);
    expect(wb.getWorksheet('Usulan')!.rowCount).to.equal(1);
    expect((await pdfText((await renderReport('pdf', data)).body)).pages).to.be.greaterThan(1);
    reportDataSchema.parse(JSON.parse((await renderReport('json', data)).body.toString('utf8')));
  });

  it('writes every fixed text in English when lang is en', async () => {
    const data = fixture({ lang: 'en' });
    const html = (await renderReport('html', data)).body.toString('utf8');
    expect(html).to.match(/<html lang="en">/);
    for (const s of ['1. Executive Summary', '2. Participation', 'Themes Ranked by Support', 'Road-Map Matrix: Strategic Issue × Subsector × Actor', 'Appendix: All Suggestions']) expect(html).to.contain(s);
    expect(html).to.not.contain('Ringkasan Eksekutif');
    const md = (await renderReport('md', data)).body.toString('utf8');
    expect(md).to.contain('## 1. Executive Summary');
    const wb = await readXlsx((await renderReport('xlsx', data)).body);
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal(['Suggestions', 'Themes', 'Matrix', 'Matrix cells', 'Participation']);
    const csv = parseCsv((await renderReport('csv', data)).body.toString('utf8').slice(1));
    expect(csv[0]!.slice(0, 4)).to.deep.equal(['No.', 'ID', 'Suggestion', 'Session']);
    const runs = docxRuns((await zipEntries((await renderReport('docx', data)).body)).get('word/document.xml')!);
    expect(runs).to.include('3. Themes Ranked by Support');
    const pdf = squash((await pdfText((await renderReport('pdf', data)).body)).text.join(' '));
    expect(pdf).to.contain(squash('Appendix: All Suggestions'));
    expect(pdf).to.contain(squash('Page 2'));
  });

  it('renders the same bytes again for the same data (dates come from generatedAt, not the clock)', async () => {
    const data = fixture();
    for (const f of ['html', 'pdf', 'csv', 'json', 'md'] as const) {
      expect((await renderReport(f, data)).body.equals((await renderReport(f, data)).body), f).to.equal(true);
    }
    expect((await renderReport('pdf', data)).body.toString('latin1')).to.contain('(D:20260312083000Z)');
  });

  it('reports progress a few times, monotonic, ending at 1', async () => {
    for (const f of REPORT_FORMATS) {
      const seen: number[] = [];
      await renderReport(f, fixture(), { onProgress: (x) => seen.push(x) });
      expect(seen.length, f).to.be.at.least(2);
      expect(seen.at(-1), f).to.equal(1);
      expect([...seen].sort((a, b) => a - b), f).to.deep.equal(seen);
    }
  });
});
