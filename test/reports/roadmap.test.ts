import { expect } from 'chai';
import { renderReport } from '../../server/reports/render/index.js';
import { reportDataSchema, type ReportData } from '../../server/reports/report.schema.js';
import { OTHER_ISSUE } from '../../server/themes/roadmap-matrix.rules.js';
import { fixture, MALICIOUS } from './fixture.js';
import { docxRuns, parseCsv, pdfText, readXlsx, squash, zipEntries } from './open.js';

type Roadmap = NonNullable<ReportData['roadmap']>;

/** The grid every format shows: subsector columns holding suggestions, every row but an empty "other". */
function expectedGrid(m: Roadmap) {
  const cols = m.subsectors.map((_, c) => c).filter((c) => m.columnTotals[c]!.suggestions > 0);
  const rows = m.rows.filter((r) => r.issue.id !== OTHER_ISSUE || r.total.suggestions > 0);
  return {
    header: cols.map((c) => m.subsectors[c]!.label),
    rows: rows.map((r) => [r.issue.label, ...cols.map((c) => String(r.cells[c]!.suggestions)), String(r.total.suggestions)]),
    totals: [...cols.map((c) => String(m.columnTotals[c]!.suggestions)), String(m.total.suggestions)],
  };
}

const cellOf = (m: Roadmap, issue: string, subsector: string) => m.rows.find((r) => r.issue.label === issue)!.cells[m.subsectors.findIndex((s) => s.label === subsector)]!;

describe('reports: the road-map matrix in every format', function () {
  this.timeout(30_000);
  const data = fixture();
  const m = data.roadmap!;
  const grid = expectedGrid(m);

  it('is in the report data: every suggestion placed, lead issues over own tags, themes and roles per cell', () => {
    expect(data.schemaVersion).to.equal(2);
    expect(m.total.suggestions).to.equal(data.summary.suggestions);
    // t-sdm is led by SDM: its members are tagged SDM and Riset, and count under SDM only.
    expect(cellOf(m, 'SDM kreatif', 'Aplikasi')).to.deep.include({ suggestions: 3, themes: [{ id: 't-sdm', label: 'Pelatihan SDM Kreatif', count: 3 }] });
    expect(cellOf(m, 'Riset & pengembangan', 'Aplikasi').suggestions).to.equal(0);
    // t-pasar has no lead issue: its members count under both their own issues.
    expect(cellOf(m, 'Pemasaran & akses pasar', 'Fesyen').suggestions).to.equal(3);
    expect(cellOf(m, 'Kolaborasi', 'Fesyen').suggestions).to.equal(3);
    // the hidden theme's suggestion has no tags: other row, cross-subsector column, no theme named
    expect(cellOf(m, 'Lainnya (tanpa isu strategis)', 'Lintas subsektor')).to.deep.include({ suggestions: 1, themes: [] });
    const modal = cellOf(m, 'Pembiayaan', 'Kuliner');
    expect(modal.suggestions).to.equal(7);
    expect(modal.roles.reduce((a, b) => a + b, 0)).to.equal(7);
    expect(m.roles.map((r) => r.label)).to.deep.equal(['Akademisi', 'Bisnis', 'Komunitas', 'Pemerintah', 'Media', 'Lainnya', 'Tidak disebutkan']);
    expect(data.appendix.find((r) => r.text.startsWith('Adakan pelatihan'))!.roadmapIssues).to.deep.equal(['SDM kreatif']);
  });

  it('HTML: the grid with totals, actors per issue and the cells with their themes, escaped', async () => {
    const html = (await renderReport('html', data)).body.toString('utf8');
    const table = html.slice(html.indexOf('<table class="matrix roadmap">'), html.indexOf('</table>', html.indexOf('<table class="matrix roadmap">')));
    const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
    const bodyRows = [...table.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)].map((r) => r[0].split(/<\/t[hd]>/).map(text).filter((x) => x !== ''));
    expect(bodyRows).to.deep.equal([...grid.rows, ['Jumlah', ...grid.totals]]);
    expect(table).to.contain('<th scope="col">Isu strategis / Subsektor</th>');
    expect(html).to.contain('Aktor pentahelix per isu strategis');
    expect(html).to.contain('Pemasaran Digital &lt;Kota&gt; | Akses Pasar (3)');
    expect(html).to.contain('Subsektor tanpa usulan: Desain Interior');
  });

  it('Markdown: the same grid as a table, the cells with actors and themes', async () => {
    const md = (await renderReport('md', data)).body.toString('utf8');
    const chapter = md.slice(md.indexOf('## 4. Matriks Peta Jalan'), md.indexOf('## 5. '));
    const lines = chapter.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    const cells = (l: string) => l.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.replace(/\\(.)/g, '$1'));
    expect(cells(lines[0]!)).to.deep.equal(['Isu strategis / Subsektor', ...grid.header, 'Jumlah']);
    expect(lines.slice(1, grid.rows.length + 2).map(cells)).to.deep.equal([...grid.rows, ['Jumlah', ...grid.totals]]);
    expect(chapter).to.contain('Pemasaran Digital &lt;Kota&gt; \\| Akses Pasar \\(3\\)');
  });

  it('XLSX: the grid and a row per cell with numeric role counts; formula-like labels neutralised', async () => {
    const hostile = structuredClone(data);
    cellOf(hostile.roadmap!, 'Pembiayaan', 'Kuliner').themes[0]!.label = MALICIOUS;
    const wb = await readXlsx((await renderReport('xlsx', hostile)).body);
    const sheet = wb.getWorksheet('Matriks')!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map(String);
    expect(values(1)).to.deep.equal(['Isu strategis / Subsektor', ...grid.header, 'Jumlah']);
    for (let i = 0; i <= grid.rows.length; i++) expect(values(i + 2)).to.deep.equal(i < grid.rows.length ? grid.rows[i] : ['Jumlah', ...grid.totals]);
    expect(typeof sheet.getRow(2).getCell(2).value).to.equal('number');
    const cellsSheet = wb.getWorksheet('Sel matriks')!;
    const row = cellsSheet.getRows(2, cellsSheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Pembiayaan' && r.getCell(2).value === 'Kuliner')!;
    const modal = cellOf(m, 'Pembiayaan', 'Kuliner');
    expect((row.values as unknown[]).slice(3, 3 + 1 + m.roles.length)).to.deep.equal([modal.suggestions, ...modal.roles]);
    expect(String(row.getCell(4 + m.roles.length).value)).to.match(/^'=HYPERLINK/);
    for (const r of cellsSheet.getRows(1, cellsSheet.rowCount)!) r.eachCell((c) => expect(c.formula).to.equal(undefined));
  });

  it('DOCX: each grid row as a run of cells, and the cells table', async () => {
    const runs = docxRuns((await zipEntries((await renderReport('docx', data)).body)).get('word/document.xml')!);
    const at = runs.indexOf('4. Matriks Peta Jalan: Isu Strategis × Subsektor × Aktor');
    expect(at).to.be.greaterThan(0);
    const after = runs.slice(at).join('\u0001');
    for (const row of [...grid.rows, ['Jumlah', ...grid.totals]]) expect(after).to.contain(row.join('\u0001'));
    expect(after).to.contain('Pelatihan SDM Kreatif (3)');
  });

  it('PDF: the chapter with each grid row in reading order', async () => {
    const pdf = squash((await pdfText((await renderReport('pdf', data)).body)).text.join(' '));
    expect(pdf).to.contain(squash('4. Matriks Peta Jalan: Isu Strategis × Subsektor × Aktor'));
    for (const row of grid.rows) expect(pdf).to.contain(squash(row.join('')));
    expect(pdf).to.contain(squash('Aktor pentahelix per isu strategis'));
  });

  it('CSV: each record names its road-map row; the matrix is the records pivoted', async () => {
    const rows = parseCsv((await renderReport('csv', data)).body.toString('utf8').slice(1));
    const col = (name: string) => rows[0]!.indexOf(name);
    const counts = new Map<string, number>();
    for (const r of rows.slice(1)) {
      const subsectors = r[col('Subsektor')] ? r[col('Subsektor')]!.split('; ') : ['Lintas subsektor'];
      for (const issue of r[col('Isu peta jalan')]!.split('; ')) for (const s of subsectors) counts.set(`${issue}|${s}`, (counts.get(`${issue}|${s}`) ?? 0) + 1);
    }
    for (const row of m.rows) row.cells.forEach((cell, c) => expect(counts.get(`${row.issue.label}|${m.subsectors[c]!.label}`) ?? 0, `${row.issue.label} x ${m.subsectors[c]!.label}`).to.equal(cell.suggestions));
  });

  it('JSON: the matrix as stored, valid against the schema', async () => {
    const parsed = reportDataSchema.parse(JSON.parse((await renderReport('json', data)).body.toString('utf8')));
    expect(parsed.roadmap).to.deep.equal(m);
  });

  it('English reports name issues, subsectors and roles in English where the taxonomy has English names', async () => {
    const en = fixture({ lang: 'en' });
    expect(en.roadmap!.roles.at(-1)!.label).to.equal('Not stated');
    expect(en.roadmap!.rows.at(-1)!.issue.label).to.equal('Other (no strategic issue)');
    const html = (await renderReport('html', en)).body.toString('utf8');
    expect(html).to.contain('Road-Map Matrix: Strategic Issue × Subsector × Actor').and.contain('Academia');
  });

  it('reports published before the road-map matrix still render their subsector x issue matrix', async () => {
    const { roadmap: _roadmap, ...rest } = data;
    const old: ReportData = { ...rest, schemaVersion: 1, appendix: data.appendix.map(({ roadmapIssues: _r, ...row }) => row), matrix: { subsectors: [{ id: 'a', label: 'Kuliner' }], issues: [{ id: 'b', label: 'Pembiayaan' }], counts: [[5]], max: 5 } };
    reportDataSchema.parse(old);
    const html = (await renderReport('html', old)).body.toString('utf8');
    expect(html).to.contain('4. Matriks Subsektor × Isu Strategis').and.not.contain('Isu peta jalan');
    const md = (await renderReport('md', old)).body.toString('utf8');
    expect(md).to.contain('| Kuliner | 5 |');
    const wb = await readXlsx((await renderReport('xlsx', old)).body);
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal(['Usulan', 'Tema', 'Matriks', 'Partisipasi']);
    for (const f of ['pdf', 'docx', 'csv'] as const) expect((await renderReport(f, old)).body.length).to.be.greaterThan(0);
  });
});
