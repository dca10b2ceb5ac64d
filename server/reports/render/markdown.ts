/**
 * Markdown: the same chapters as the HTML report, with tables instead of charts. Every data text
 * goes through escapeMarkdown, so emphasis, links, raw HTML and table pipes in suggestions stay text.
 */
import type { ReportData, ReportTheme } from '../report.schema.js';
import type { Progress } from './index.js';
import { appendixColumns, fmtDate, fmtNumber, fmtShare, keyFigures, reportZone, tally, texts, themeFigures } from './format.js';
import { escapeMarkdown as md } from './safe.js';
import { roadmapView } from './roadmap.js';

const CHUNK = 2000;

function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => (typeof c === 'number' ? String(c) : md(c)) || ' ').join(' | ')} |`;
  return [line(headers), `|${headers.map((_, i) => (typeof rows[0]?.[i] === 'number' ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(line)].join('\n');
}

const quote = (text: string, meta: string) => `> ${md(text)}\n>\n> — ${md(meta)}`;

function themeSection(data: ReportData, th: ReportTheme): string {
  const { tx, text } = texts(data.lang);
  const out = [`### 3.${th.rank} ${md(th.label)}`, '', md(themeFigures(data.lang, th)), ''];
  if (th.keywords.length) out.push(`**${md(tx.keywords)}:** ${md(th.keywords.join(', '))}`, '');
  if (th.quotes.length) {
    out.push(`**${md(tx.quotes)}**`, '');
    for (const q of th.quotes) out.push(quote(q.text, `${q.session} · ${text('quoteVotes', { n: q.votes })}`), '');
  }
  const facts: [string, string][] = [
    [tx.themeByRole, tally(th.byRole)],
    [tx.themeBySession, th.bySession.map((s) => `${s.title} ${s.count}`).join(' · ')],
    [tx.subsectors, tally(th.subsectors)],
    [tx.issues, tally(th.issues)],
  ];
  for (const [k, v] of facts) out.push(`- **${md(k)}:** ${md(v) || '–'}`);
  out.push('');
  return out.join('\n');
}

/** Chapter 4: the count grid with totals, actors per issue, and what each non-empty cell holds. */
function roadmapSection(data: ReportData, matrix: NonNullable<ReportData['roadmap']>): string {
  const { tx } = texts(data.lang);
  const v = roadmapView(data, matrix);
  const out = [`## 4. ${md(tx.ch4Roadmap)}`, '', md(tx.roadmapIntro), '', md(tx.roadmapRules), ''];
  if (v.grid.columns.length) {
    const g = v.grid;
    out.push(table([`${tx.issue} / ${tx.subsector}`, ...g.columns.map((c) => c.label), tx.total], [...g.rows.map((r) => [r.label, ...r.cells.map((c) => c.count), r.total]), [tx.total, ...g.columns.map((c) => c.total), g.total]]), '');
  } else out.push(md(tx.noSuggestions), '');
  if (v.grid.emptyNote) out.push(md(v.grid.emptyNote), '');
  const r = v.byRole;
  out.push(`### ${md(tx.roadmapByRole)}`, '', table([tx.issue, ...r.roles, tx.total], [...r.rows.map((row) => [row.label, ...row.counts, row.total]), [tx.total, ...r.total.counts, r.total.total]]), '');
  if (v.cells.length) {
    out.push(`### ${md(tx.roadmapCells)}`, '', md(tx.roadmapCellsIntro), '');
    out.push(table([tx.issue, tx.subsector, tx.suggestions, tx.role, tx.themes], v.cells.map((c) => [c.issue, c.subsector, c.suggestions, c.rolesText || '–', c.themesText || '–'])), '');
  }
  return out.join('\n');
}

export async function renderMarkdown(data: ReportData, progress: Progress): Promise<Buffer> {
  const { lang } = data;
  const { tx, text } = texts(lang);
  const n = (x: number) => fmtNumber(lang, x);
  const out: string[] = [
    `# ${md(data.title)}`,
    '',
    `*${md(tx.docType)}*`,
    '',
    `- ${md(tx.forum)}: ${md(data.forum.title)}`,
    `- ${md(tx.reportVersion)}: ${data.reportVersion}`,
    `- ${md(tx.generatedAt)}: ${md(fmtDate(lang, data.generatedAt, true, reportZone(data)))}`,
    `- ${md(tx.synthesisVersion)}: ${data.synthesis.version}`,
    '',
    md(text('methodNote', { v: data.synthesis.version })),
    '',
  ];
  if (data.filters.includePersonalData) out.push(`**${md(tx.personalData)}**`, '');

  out.push(`## 1. ${md(tx.ch1)}`, '');
  if (data.executiveSummary.length === 0) out.push(md(tx.noSummary), '');
  for (const p of data.executiveSummary) out.push(md(p.paragraph), '');
  out.push(`### ${md(tx.keyFigures)}`, '', table([tx.keyFigures, ''], keyFigures(data).map((f) => [f.label, f.value])), '');

  out.push(`## 2. ${md(tx.ch2)}`, '', `### ${md(tx.bySession)}`, '');
  out.push(table([tx.session, tx.date, tx.participants, tx.suggestions, tx.votes], data.sessions.map((s) => [s.title, fmtDate(lang, s.date), s.participants, s.suggestions, s.votes])), '');
  out.push(`### ${md(tx.byRole)}`, '', table([tx.role, tx.participants, tx.suggestions], data.participationByRole.map((r) => [r.label, r.participants, r.suggestions])), '');
  await progress(0.1);

  out.push(`## 3. ${md(tx.ch3)}`, '', md(tx.ch3Intro), '');
  if (data.themes.length === 0) out.push(md(tx.noThemes), '');
  else {
    out.push(table([tx.rank, tx.theme, tx.suggestions, tx.participants, tx.votes, tx.share], data.themes.map((th) => [th.rank, th.label, th.suggestions, th.participants, th.votes, fmtShare(th.share)])), '');
    for (const th of data.themes) out.push(themeSection(data, th));
  }
  await progress(0.2);

  if (data.roadmap) out.push(roadmapSection(data, data.roadmap));
  else if (data.matrix) {
    const m = data.matrix;
    out.push(`## 4. ${md(tx.ch4)}`, '', md(tx.ch4Intro), '');
    if (m.subsectors.length && m.issues.length) {
      out.push(table([tx.subsector, ...m.issues.map((i) => i.label)], m.subsectors.map((s, i) => [s.label, ...m.issues.map((_, j) => m.counts[i]?.[j] ?? 0)])), '');
    }
  }

  out.push(`## 5. ${md(tx.ch5)}`, '', md(tx.ch5Intro), '');
  data.chapters.forEach((ch, i) => {
    out.push(`### 5.${i + 1} ${md(ch.label)}`, '', md(text('issueFigures', { n: n(ch.suggestions) })), '');
    if (ch.themes.length === 0) out.push(md(tx.noThemesForIssue), '');
    for (const th of ch.themes) {
      out.push(`#### ${md(th.label)} (${n(th.suggestions)})`, '');
      for (const q of th.quotes) out.push(quote(q.text, `${q.session} · ${text('quoteVotes', { n: q.votes })}`), '');
    }
  });
  await progress(0.3);

  out.push(`## ${md(tx.appendix)}`, '', md(text('appendixIntro', { n: n(data.appendix.length) })), '');
  if (data.appendix.length === 0) out.push(md(tx.noSuggestions), '');
  else {
    const cols = appendixColumns(data).filter((c) => c.key !== 'id');
    out.push(`| ${cols.map((c) => md(c.header)).join(' | ')} |`, `|${cols.map(() => ' --- ').join('|')}|`);
    for (let i = 0; i < data.appendix.length; i++) {
      const row = data.appendix[i]!;
      out.push(`| ${cols.map((c) => { const v = c.value(row, i); return typeof v === 'number' ? String(v) : md(v) || ' '; }).join(' | ')} |`);
      if ((i + 1) % CHUNK === 0) await progress(0.3 + (0.7 * (i + 1)) / data.appendix.length);
    }
    out.push('');
  }
  out.push('---', '', `*${md(tx.producedBy)}*`, '');
  return Buffer.from(out.join('\n'), 'utf8');
}
