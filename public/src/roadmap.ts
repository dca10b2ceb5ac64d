import type { RoadmapMatrix } from '../../server/themes/roadmap-matrix.rules.js';
import { h, type T } from './lib/dom.js';

const OTHER_ISSUE = '_other';
const CROSS_SUBSECTOR = '_cross';
const HEAT_STEPS = 5;

/**
 * The road-map matrix on the themes page: a count grid (issue rows x subsector columns holding
 * suggestions, with totals) whose non-empty cells are buttons; choosing one shows that cell's
 * pentahelix actors and themes below, announced to screen readers. Then actors per issue.
 */
export function renderRoadmap(root: HTMLElement, m: RoadmapMatrix, t: T): void {
  const cols = m.subsectors.map((_, c) => c).filter((c) => (m.columnTotals[c]?.suggestions ?? 0) > 0);
  const rows = m.rows.filter((r) => r.issue.id !== OTHER_ISSUE || r.total.suggestions > 0);
  const empty = m.subsectors.filter((s, c) => s.id !== CROSS_SUBSECTOR && !m.columnTotals[c]?.suggestions).map((s) => s.label);
  const detail = h('div', { id: 'roadmap-detail', class: 'roadmap-detail', 'aria-live': 'polite' }, h('p', { class: 'muted small' }, t('t.roadmap.pick')));
  const roleText = (counts: number[]) => m.roles.flatMap((r, i) => (counts[i] ? [`${r.label} ${counts[i]}`] : [])).join(' · ');
  let pressed: HTMLButtonElement | null = null;

  const pick = (button: HTMLButtonElement, r: number, c: number) => {
    const row = rows[r]!;
    const cell = row.cells[c]!;
    pressed?.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', 'true');
    pressed = button;
    detail.replaceChildren(
      h('h3', {}, `${row.issue.label} × ${m.subsectors[c]!.label}`),
      h('p', {}, t('t.size', { n: cell.suggestions })),
      h('p', {}, h('strong', {}, `${t('t.roadmap.roles')}: `), roleText(cell.roles) || '–'),
      h('p', {}, h('strong', {}, `${t('t.roadmap.themes')}:`)),
      cell.themes.length
        ? h('ul', { class: 'roadmap-themes' }, ...cell.themes.map((th) => h('li', {}, h('a', { href: `#theme-${th.id}` }, th.label), ` (${th.count})`)))
        : h('p', { class: 'muted' }, t('t.roadmap.no_theme')),
    );
  };

  const heat = (n: number) => `heat-${m.max ? Math.ceil((n / m.max) * HEAT_STEPS) : 0}`;
  const grid = h(
    'table',
    { class: 'roadmap-grid' },
    h('caption', { class: 'sr-only' }, t('t.roadmap.title')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('t.roadmap.corner')), ...cols.map((c) => h('th', { scope: 'col' }, m.subsectors[c]!.label)), h('th', { scope: 'col' }, t('t.roadmap.total')))),
    h(
      'tbody',
      {},
      ...rows.map((row, r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.issue.label),
          ...cols.map((c) => {
            const n = row.cells[c]!.suggestions;
            if (!n) return h('td', { class: 'heat-0' }, h('span', { class: 'muted' }, '0'));
            const button = h('button', { type: 'button', class: 'cell', 'aria-pressed': 'false', 'aria-controls': 'roadmap-detail', 'aria-label': t('t.roadmap.cell_label', { issue: row.issue.label, subsector: m.subsectors[c]!.label, n }) }, String(n));
            button.addEventListener('click', () => pick(button, r, c));
            return h('td', { class: heat(n) }, button);
          }),
          h('td', { class: 'total' }, String(row.total.suggestions)),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, t('t.roadmap.total')), ...cols.map((c) => h('td', { class: 'total' }, String(m.columnTotals[c]!.suggestions))), h('td', { class: 'total' }, String(m.total.suggestions)))),
  );

  const byRole = h(
    'table',
    { class: 'roadmap-roles' },
    h('caption', {}, t('t.roadmap.by_role')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('t.roadmap.issue')), ...m.roles.map((r) => h('th', { scope: 'col' }, r.label)), h('th', { scope: 'col' }, t('t.roadmap.total')))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.issue.label), ...row.total.roles.map((n) => h('td', {}, String(n))), h('td', { class: 'total' }, String(row.total.suggestions))))),
  );

  root.replaceChildren(
    h('h2', { id: 'roadmap-title' }, t('t.roadmap.title')),
    h('p', { class: 'muted small' }, t('t.roadmap.intro')),
    cols.length
      ? h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'roadmap-title' }, grid)
      : h('p', {}, t('t.roadmap.none')),
    ...(empty.length ? [h('p', { class: 'muted small' }, t('t.roadmap.empty_columns', { list: empty.join(', ') }))] : []),
    detail,
    h('details', {}, h('summary', {}, t('t.roadmap.by_role')), h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('t.roadmap.by_role') }, byRole)),
  );
}
