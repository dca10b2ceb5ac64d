/**
 * DOCX (`docx`): the report's chapters as Word headings, paragraphs, quotes and tables (themes,
 * participation, the shaded road-map matrix, the appendix), in portrait sections with landscape
 * sections for the matrix and the appendix. Word's navigation pane lists the headings. The
 * appendix table, the bulk of a large report, is streamed into the file (docx.stream.ts).
 */
import { Document, Packer, PageOrientation, type FileChild, type ISectionOptions } from 'docx';
import type { ReportData } from '../report.schema.js';
import type { Progress } from './index.js';
import { appendixColumns, type AppendixColumn, fmtDate, fmtNumber, fmtPeriod, fmtShare, keyFigures, reportZone, shade, shadeColours, tally, texts, themeFigures } from './format.js';
import { BAND, fact, footer, heading, LANDSCAPE_WIDTH, para, quote, styles, table, title, type DocxCell } from './docx.parts.js';
import { appendTableToDocx, type StreamedTable } from './docx.stream.js';
import { roadmapView } from './roadmap.js';

function front(data: ReportData): FileChild[] {
  const { lang } = data;
  const { tx, text } = texts(lang);
  const n = (x: number) => fmtNumber(lang, x);
  const out: FileChild[] = [
    para(tx.docType.toUpperCase(), 'ReportNote'),
    title(data.title),
    fact(tx.forum, data.forum.title),
    fact(tx.reportVersion, String(data.reportVersion)),
    fact(tx.generatedAt, fmtDate(lang, data.generatedAt, true, reportZone(data))),
    fact(tx.synthesisVersion, String(data.synthesis.version)),
    fact(tx.period, fmtPeriod(lang, data.summary.from, data.summary.to, reportZone(data)) || '–'),
    para(text('methodNote', { v: data.synthesis.version }), 'ReportNote'),
  ];
  if (data.filters.includePersonalData) out.push(para(tx.personalData));

  out.push(heading(1, `1. ${tx.ch1}`, true));
  if (data.executiveSummary.length === 0) out.push(para(tx.noSummary));
  for (const p of data.executiveSummary) out.push(para(p.paragraph));
  out.push(heading(2, tx.keyFigures), table([tx.keyFigures, ''], [60, 40], keyFigures(data).map((f) => [{ text: f.label }, { text: f.value }]), { right: [false, true] }));

  out.push(heading(1, `2. ${tx.ch2}`, true), heading(2, tx.bySession));
  out.push(table([tx.session, tx.date, tx.participants, tx.suggestions, tx.votes], [40, 18, 14, 14, 14],
    data.sessions.map((s) => [{ text: s.title }, { text: fmtDate(lang, s.date) }, { text: n(s.participants) }, { text: n(s.suggestions) }, { text: n(s.votes) }]), { right: [false, false, true, true, true] }));
  out.push(heading(2, tx.byRole), table([tx.role, tx.participants, tx.suggestions], [50, 25, 25],
    data.participationByRole.map((r) => [{ text: r.label }, { text: n(r.participants) }, { text: n(r.suggestions) }]), { right: [false, true, true] }));

  out.push(heading(1, `3. ${tx.ch3}`, true), para(tx.ch3Intro));
  if (data.themes.length === 0) out.push(para(tx.noThemes));
  else {
    out.push(table([tx.rank, tx.theme, tx.suggestions, tx.participants, tx.votes, tx.share], [10, 42, 12, 12, 12, 12],
      data.themes.map((th) => [{ text: String(th.rank) }, { text: th.label }, { text: n(th.suggestions) }, { text: n(th.participants) }, { text: n(th.votes) }, { text: fmtShare(th.share) }]), { right: [true, false, true, true, true, true] }));
  }
  for (const th of data.themes) {
    out.push(heading(2, `3.${th.rank} ${th.label}`), para(themeFigures(lang, th)));
    if (th.keywords.length) out.push(fact(tx.keywords, th.keywords.join(', ')));
    for (const q of th.quotes) out.push(...quote(q.text, [q.session, text('quoteVotes', { n: q.votes })].filter(Boolean).join(' · ')));
    out.push(
      fact(tx.themeByRole, tally(th.byRole)),
      fact(tx.themeBySession, th.bySession.map((s) => `${s.title} ${s.count}`).join(' · ')),
      fact(tx.subsectors, tally(th.subsectors)),
      fact(tx.issues, tally(th.issues)),
    );
  }
  return out;
}

function matrix(data: ReportData): FileChild[] {
  if (data.roadmap) return roadmap(data, data.roadmap);
  const { tx } = texts(data.lang);
  const m = data.matrix;
  const out: FileChild[] = [heading(1, `4. ${tx.ch4}`), para(tx.ch4Intro, 'ReportNote')];
  if (!m || !m.issues.length || !m.subsectors.length) return out;
  const labelW = 20;
  const cw = (100 - labelW) / m.issues.length;
  const rows = m.subsectors.map((s, i): DocxCell[] => [
    { text: s.label },
    ...m.issues.map((_, j) => {
      const count = m.counts[i]?.[j] ?? 0;
      const c = shadeColours(shade(count, m.max));
      return { text: String(count), fill: c.fill, color: c.text };
    }),
  ]);
  out.push(table([`${tx.subsector} / ${tx.issue}`, ...m.issues.map((i) => i.label)], [labelW, ...m.issues.map(() => cw)], rows, { small: true, pageWidth: LANDSCAPE_WIDTH, right: [false, ...m.issues.map(() => true)] }));
  return out;
}

/** Chapter 4: the shaded grid with totals, actors per issue, then what each non-empty cell holds. */
function roadmap(data: ReportData, matrix: NonNullable<ReportData['roadmap']>): FileChild[] {
  const { tx } = texts(data.lang);
  const n = (x: number) => fmtNumber(data.lang, x);
  const v = roadmapView(data, matrix);
  const g = v.grid;
  const out: FileChild[] = [heading(1, `4. ${tx.ch4Roadmap}`), para(tx.roadmapIntro), para(tx.roadmapRules, 'ReportNote')];
  if (g.columns.length) {
    const labelW = 18;
    const cw = (100 - labelW) / (g.columns.length + 1);
    const rows: DocxCell[][] = [
      ...g.rows.map((r): DocxCell[] => [
        { text: r.label },
        ...r.cells.map((cell) => {
          const c = shadeColours(cell.intensity);
          return { text: n(cell.count), fill: c.fill, color: c.text };
        }),
        { text: n(r.total), fill: BAND },
      ]),
      [{ text: tx.total, fill: BAND }, ...g.columns.map((c) => ({ text: n(c.total), fill: BAND })), { text: n(g.total), fill: BAND }],
    ];
    out.push(table([`${tx.issue} / ${tx.subsector}`, ...g.columns.map((c) => c.label), tx.total], [labelW, ...g.columns.map(() => cw), cw], rows, { small: true, pageWidth: LANDSCAPE_WIDTH, right: [false, ...g.columns.map(() => true), true] }));
  } else out.push(para(tx.noSuggestions));
  if (g.emptyNote) out.push(para(g.emptyNote, 'ReportNote'));
  const r = v.byRole;
  const rw = 70 / (r.roles.length + 1);
  out.push(heading(2, tx.roadmapByRole), table([tx.issue, ...r.roles, tx.total], [30, ...r.roles.map(() => rw), rw], [
    ...r.rows.map((row) => [{ text: row.label }, ...row.counts.map((x) => ({ text: n(x) })), { text: n(row.total) }]),
    [{ text: tx.total, fill: BAND }, ...r.total.counts.map((x) => ({ text: n(x), fill: BAND })), { text: n(r.total.total), fill: BAND }],
  ], { small: true, pageWidth: LANDSCAPE_WIDTH, right: [false, ...r.roles.map(() => true), true] }));
  if (v.cells.length) {
    out.push(heading(2, tx.roadmapCells), para(tx.roadmapCellsIntro, 'ReportNote'));
    out.push(table([tx.issue, tx.subsector, tx.suggestions, tx.role, tx.themes], [18, 16, 8, 24, 34],
      v.cells.map((c) => [{ text: c.issue }, { text: c.subsector }, { text: n(c.suggestions) }, { text: c.rolesText || '–' }, { text: c.themesText || '–' }]),
      { small: true, pageWidth: LANDSCAPE_WIDTH, right: [false, false, true, false, false] }));
  }
  return out;
}

function issues(data: ReportData): FileChild[] {
  const { tx, text } = texts(data.lang);
  const out: FileChild[] = [heading(1, `5. ${tx.ch5}`), para(tx.ch5Intro)];
  data.chapters.forEach((ch, i) => {
    out.push(heading(2, `5.${i + 1} ${ch.label}`), para(text('issueFigures', { n: fmtNumber(data.lang, ch.suggestions) })));
    if (ch.themes.length === 0) out.push(para(tx.noThemesForIssue, 'ReportNote'));
    for (const th of ch.themes) {
      out.push(heading(3, `${th.label} (${th.suggestions})`));
      for (const q of th.quotes) out.push(...quote(q.text, [q.session, text('quoteVotes', { n: q.votes })].filter(Boolean).join(' · ')));
    }
  });
  return out;
}

/** The appendix's heading and intro; its table is streamed into the file afterwards (docx.stream.ts). */
function appendix(data: ReportData): { children: FileChild[]; table: StreamedTable | null } {
  const { tx, text } = texts(data.lang);
  const children: FileChild[] = [heading(1, tx.appendix), para(text('appendixIntro', { n: fmtNumber(data.lang, data.appendix.length) }))];
  if (data.appendix.length === 0) return { children: [...children, para(tx.noSuggestions)], table: null };
  const widths: Partial<Record<AppendixColumn['key'], number>> = { no: 5, text: 33, session: 13, prompt: 15, role: 10, votes: 7, theme: 17 };
  const personal = appendixColumns(data).some((c) => c.key === 'name');
  if (personal) Object.assign(widths, { text: 25, prompt: 11, theme: 14, name: 9, organisation: 11 });
  const cols = appendixColumns(data).filter((c) => widths[c.key] !== undefined);
  const rows = data.appendix;
  return {
    children,
    table: {
      widths: cols.map((c) => Math.round((widths[c.key]! / 100) * LANDSCAPE_WIDTH)),
      headers: cols.map((c) => c.header),
      right: cols.map((c) => c.key === 'votes' || c.key === 'no'),
      style: 'ReportCellSmall',
      rowCount: rows.length,
      row: (i) => cols.map((c) => String(c.value(rows[i]!, i))),
    },
  };
}

export async function renderDocx(data: ReportData, progress: Progress): Promise<Buffer> {
  const { tx } = texts(data.lang);
  const foot = { default: footer(data.title, tx.page) };
  const landscape = { page: { size: { orientation: PageOrientation.LANDSCAPE } } };
  const sections: ISectionOptions[] = [
    { footers: foot, children: front(data) },
    { footers: foot, properties: landscape, children: matrix(data) },
    { footers: foot, children: issues(data) },
  ];
  const tail = appendix(data);
  sections.push({ footers: foot, properties: landscape, children: tail.children });
  const doc = new Document({ creator: 'Rembuk', title: data.title, description: tx.docType, styles: styles(data.lang), sections });
  await progress(0.1);
  const packed = await Packer.toBuffer(doc);
  await progress(0.2);
  return tail.table ? appendTableToDocx(packed, tail.table, (done) => progress(0.2 + 0.8 * done)) : packed;
}
