import { expect } from 'chai';
import { REPORT_FORMATS, renderReport, type RenderedReport } from '../../server/reports/render/index.js';
import type { ReportData } from '../../server/reports/report.schema.js';
import { large } from './fixture.js';
import { parseCsv, pdfText, readXlsx } from './open.js';

describe('reports: 10,000 suggestions in 20 themes', function () {
  this.timeout(120_000);
  let data: ReportData;
  const out = {} as Record<(typeof REPORT_FORMATS)[number], RenderedReport>;
  const progress = {} as Record<(typeof REPORT_FORMATS)[number], number[]>;

  before(async () => {
    data = large(10_000, 20);
    for (const f of REPORT_FORMATS) {
      progress[f] = [];
      out[f] = await renderReport(f, data, { onProgress: (x) => progress[f].push(x) });
    }
  });

  it('builds the report it says', () => {
    expect(data.appendix).to.have.length(10_000);
    expect(data.themes).to.have.length(20);
  });

  it('PDF spans many pages', async () => {
    const pdf = await pdfText(out.pdf.body);
    expect(pdf.pages).to.be.greaterThan(100);
    expect(pdf.text.at(-1)).to.contain('10000');
  });

  it('XLSX and CSV hold every suggestion', async () => {
    const wb = await readXlsx(out.xlsx.body);
    expect(wb.getWorksheet('Usulan')!.rowCount).to.equal(10_001);
    expect(wb.getWorksheet('Tema')!.rowCount).to.equal(21);
    expect(parseCsv(out.csv.body.toString('utf8').slice(1))).to.have.length(10_001);
  });

  it('HTML and Markdown hold every suggestion', () => {
    const html = out.html.body.toString('utf8');
    expect(html.match(/<th scope="row" class="num">/g)).to.have.length(10_000);
    expect(out.md.body.toString('utf8').split('\n').filter((l) => /^\| \d+ \|/.test(l))).to.have.length(10_000 + 20);
  });

  it('reports progress during the long renders', () => {
    for (const f of ['pdf', 'csv', 'md', 'xlsx', 'docx'] as const) expect(progress[f].length, f).to.be.at.least(5);
  });
});
