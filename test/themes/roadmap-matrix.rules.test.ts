import { expect } from 'chai';
import { buildRoadmapMatrix, CROSS_SUBSECTOR, leadIssueOf, OTHER_ISSUE, roadmapPlacements, UNKNOWN_ROLE, type RoadmapInput } from '../../server/themes/roadmap-matrix.rules.js';

const ISSUES = [{ id: 'sdm', label: 'SDM Kreatif' }, { id: 'modal', label: 'Pembiayaan' }, { id: 'pasar', label: 'Pemasaran' }, { id: 'hki', label: 'HKI' }];
const SUBSECTORS = [{ id: 'kuliner', label: 'Kuliner' }, { id: 'fesyen', label: 'Fesyen' }, { id: 'game', label: 'Gim' }, { id: 'musik', label: 'Musik' }, { id: 'kriya', label: 'Kriya' }];
const ROLES = ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media'].map((id) => ({ id, label: id.toUpperCase() }));
const LABELS = { otherIssue: 'Lainnya', crossSubsector: 'Lintas subsektor', unknownRole: 'Tidak disebutkan' };

/** A small deterministic PRNG, so the fixture is large and varied but the same every run. */
function prng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/**
 * 300 suggestions: themes with and without a lead issue, a hidden theme, "other" suggestions,
 * tags with repeats and ids the taxonomy does not list, roles missing or unlisted.
 */
function randomInput(seed: number): RoadmapInput {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const issueIds = [...ISSUES.map((i) => i.id), 'riset-lama'];
  const subIds = [...SUBSECTORS.map((s) => s.id), 'film-lama'];
  const roles = [...ROLES.map((r) => r.id), 'lainnya', 'penyanyi', null, undefined];
  const suggestions = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, role: pick(roles) }));
  const tags: Record<string, { issues: string[]; subsectors: string[] }> = {};
  for (const s of suggestions) {
    const issues = Array.from({ length: Math.floor(rnd() * 3) }, () => pick(issueIds));
    const subsectors = Array.from({ length: Math.floor(rnd() * 3) }, () => pick(subIds));
    if (rnd() > 0.05) tags[s.id] = { issues, subsectors };
  }
  const themes: RoadmapInput['themes'][number][] = [
    { id: 'tA', label: 'Akses modal', members: [], issue: 'modal' },
    { id: 'tB', label: 'Pelatihan', members: [], issue: 'sdm' },
    { id: 'tC', label: 'Tanpa isu utama', members: [] },
    { id: 'tD', label: 'Isu lama', members: [], issue: null },
    { id: 'tE', label: 'Derau', members: [], issue: 'pasar', hidden: true },
    { id: 'tF', label: 'Isu di luar daftar', members: [], issue: 'riset-lama' },
  ];
  for (const s of suggestions) {
    const r = rnd();
    if (r < 0.85) (themes[Math.floor(r * 7) % themes.length]!.members as string[]).push(s.id);
  }
  return { suggestions, themes, tags, taxonomy: { issues: ISSUES, subsectors: SUBSECTORS }, roles: ROLES, labels: LABELS, knownLabels: new Map([['riset-lama', 'Riset (lama)']]) };
}

/** Brute force: per cell, go through every suggestion and decide from scratch whether it belongs. */
function recount(input: RoadmapInput, issueId: string, subsectorId: string) {
  const inCell = input.suggestions.filter((s) => {
    const theme = input.themes.find((th) => th.members.includes(s.id) && !th.hidden);
    const own = input.tags[s.id]?.issues ?? [];
    const issues = theme?.issue ? [theme.issue] : own.length ? own : [OTHER_ISSUE];
    const subs = input.tags[s.id]?.subsectors.length ? input.tags[s.id]!.subsectors : [CROSS_SUBSECTOR];
    return issues.includes(issueId) && subs.includes(subsectorId);
  });
  const roleOf = (r: string | null | undefined) => (r && ROLES.some((x) => x.id === r) ? r : UNKNOWN_ROLE);
  const themes = new Map<string, number>();
  for (const s of inCell) {
    const theme = input.themes.find((th) => th.members.includes(s.id) && !th.hidden);
    if (theme) themes.set(theme.id, (themes.get(theme.id) ?? 0) + 1);
  }
  return {
    suggestions: inCell.length,
    roles: [...ROLES.map((r) => r.id), UNKNOWN_ROLE].map((role) => inCell.filter((s) => roleOf(s.role) === role).length),
    themes,
  };
}

describe('road-map matrix (pure)', () => {
  for (const seed of [1, 7, 42]) {
    it(`every cell, role count and theme count equals a brute-force recount (seed ${seed})`, () => {
      const input = randomInput(seed);
      const m = buildRoadmapMatrix(input);
      expect(m.rows.map((r) => r.issue.id)).to.deep.equal(['sdm', 'modal', 'pasar', 'hki', 'riset-lama', OTHER_ISSUE]);
      expect(m.subsectors.map((s) => s.id)).to.deep.equal(['kuliner', 'fesyen', 'game', 'musik', 'kriya', 'film-lama', CROSS_SUBSECTOR]);
      expect(m.roles.map((r) => r.id)).to.deep.equal(['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media', UNKNOWN_ROLE]);
      let nonEmpty = 0;
      for (const row of m.rows) {
        row.cells.forEach((cell, c) => {
          const want = recount(input, row.issue.id, m.subsectors[c]!.id);
          expect(cell.suggestions, `${row.issue.id} x ${m.subsectors[c]!.id}`).to.equal(want.suggestions);
          expect(cell.roles).to.deep.equal(want.roles);
          expect(new Map(cell.themes.map((t) => [t.id, t.count]))).to.deep.equal(want.themes);
          if (cell.suggestions) nonEmpty++;
        });
      }
      expect(nonEmpty).to.be.greaterThan(20);
      expect(m.max).to.equal(Math.max(...m.rows.flatMap((r) => r.cells.map((c) => c.suggestions))));
    });
  }

  it('totals count each suggestion once per row, per column and overall', () => {
    const input = randomInput(3);
    const m = buildRoadmapMatrix(input);
    const placed = roadmapPlacements(input);
    expect(m.total.suggestions).to.equal(input.suggestions.length);
    expect(m.total.roles.reduce((a, b) => a + b, 0)).to.equal(input.suggestions.length);
    m.rows.forEach((row) => {
      const inRow = input.suggestions.filter((s) => placed.get(s.id)!.issues.includes(row.issue.id));
      expect(row.total.suggestions).to.equal(inRow.length);
      // a row total is at most the sum of its cells (a suggestion may sit in several subsectors)
      expect(row.total.suggestions).to.be.at.most(row.cells.reduce((n, c) => n + c.suggestions, 0));
    });
    m.subsectors.forEach((sub, c) => {
      expect(m.columnTotals[c]!.suggestions).to.equal(input.suggestions.filter((s) => placed.get(s.id)!.subsectors.includes(sub.id)).length);
    });
  });

  it('a theme lead issue overrides the suggestions own issue tags; without one the own tags count', () => {
    const input: RoadmapInput = {
      suggestions: [{ id: 'a', role: 'bisnis' }, { id: 'b', role: 'akademisi' }, { id: 'c' }, { id: 'd', role: 'media' }],
      themes: [
        { id: 'led', label: 'Akses modal', members: ['a', 'b'], issue: 'modal' },
        { id: 'free', label: 'Campuran', members: ['c'] },
      ],
      tags: { a: { issues: ['sdm'], subsectors: ['kuliner', 'kriya'] }, b: { issues: [], subsectors: [] }, c: { issues: ['sdm', 'pasar'], subsectors: ['game'] } },
      taxonomy: { issues: ISSUES, subsectors: SUBSECTORS },
      roles: ROLES,
      labels: LABELS,
    };
    const m = buildRoadmapMatrix(input);
    const cell = (issue: string, sub: string) => m.rows.find((r) => r.issue.id === issue)!.cells[m.subsectors.findIndex((s) => s.id === sub)]!;
    expect(cell('modal', 'kuliner')).to.deep.include({ suggestions: 1, themes: [{ id: 'led', label: 'Akses modal', count: 1 }] });
    expect(cell('modal', 'kriya').suggestions).to.equal(1);
    expect(cell('sdm', 'kuliner').suggestions).to.equal(0);
    expect(cell('modal', CROSS_SUBSECTOR)).to.deep.include({ suggestions: 1, roles: [1, 0, 0, 0, 0, 0] });
    expect(cell('sdm', 'game')).to.deep.include({ suggestions: 1, roles: [0, 0, 0, 0, 0, 1], themes: [{ id: 'free', label: 'Campuran', count: 1 }] });
    expect(cell('pasar', 'game').suggestions).to.equal(1);
    expect(cell(OTHER_ISSUE, CROSS_SUBSECTOR)).to.deep.include({ suggestions: 1, roles: [0, 0, 0, 0, 1, 0], themes: [] });
    expect(m.rows.find((r) => r.issue.id === 'modal')!.total).to.deep.equal({ suggestions: 2, roles: [1, 1, 0, 0, 0, 0] });
    expect(m.rows.at(-1)!.issue).to.deep.equal({ id: OTHER_ISSUE, label: 'Lainnya' });
    expect(m.subsectors.at(-1)).to.deep.equal({ id: CROSS_SUBSECTOR, label: 'Lintas subsektor' });
    expect(m.roles.at(-1)).to.deep.equal({ id: UNKNOWN_ROLE, label: 'Tidak disebutkan' });
  });

  it('lists every taxonomy entry in its order even when empty, and names nothing it was not given', () => {
    const m = buildRoadmapMatrix({ suggestions: [], themes: [], tags: {}, taxonomy: { issues: ISSUES, subsectors: SUBSECTORS }, roles: ROLES, labels: LABELS });
    expect(m.rows.map((r) => r.issue.label)).to.deep.equal(['SDM Kreatif', 'Pembiayaan', 'Pemasaran', 'HKI', 'Lainnya']);
    expect(m.subsectors).to.have.length(SUBSECTORS.length + 1);
    expect(m.total).to.deep.equal({ suggestions: 0, roles: [0, 0, 0, 0, 0, 0] });
    expect(m.max).to.equal(0);
    const other = buildRoadmapMatrix({ suggestions: [{ id: 'x' }], themes: [], tags: { x: { issues: ['baru'], subsectors: ['baru-sub'] } }, taxonomy: { issues: [], subsectors: [] }, roles: [], labels: LABELS });
    expect(other.rows.map((r) => r.issue)).to.deep.equal([{ id: 'baru', label: 'baru' }, { id: OTHER_ISSUE, label: 'Lainnya' }]);
    expect(other.rows[0]!.cells[0]!.roles).to.deep.equal([1]);
  });

  it('reads the optional lead issue of old and new theme shapes', () => {
    expect(leadIssueOf({ id: 'x' })).to.equal(null);
    expect(leadIssueOf({ id: 'x', issue: null })).to.equal(null);
    expect(leadIssueOf({ id: 'x', issue: '' })).to.equal(null);
    expect(leadIssueOf({ id: 'x', issue: 'sdm' })).to.equal('sdm');
  });
});
