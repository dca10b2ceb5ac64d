import type { ModeratorView } from '../../../server/suggestions/suggestion.presenter.js';
import { h, type T } from '../lib/dom.js';
import { can } from './queue.js';

export interface RowActions {
  select(s: ModeratorView, on: boolean): void;
  approve(s: ModeratorView): void;
  reject(s: ModeratorView): void;
  edit(s: ModeratorView): void;
  pin(s: ModeratorView): void;
  highlight(s: ModeratorView): void;
  tag(s: ModeratorView, category: string | null): void;
  startMerge(s: ModeratorView): void;
  mergeHere(s: ModeratorView): void;
  unmerge(s: ModeratorView): void;
  focus(s: ModeratorView): void;
}

export interface RowContext {
  t: T;
  /** hours and minutes in the forum's zone */
  clock: Intl.DateTimeFormat;
  text(id: string): string | undefined;
  selected: ReadonlySet<string>;
  focusId: string | null;
  mergeSource: string | null;
  categories: readonly string[];
  on: RowActions;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function button(label: string, onClick: () => void, cls = 'small', extra: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls, ...extra }, label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * One compact queue row: checkbox, text with a one-line meta, and the actions. While a merge is
 * being picked, rows offer only "merge here" (no other buttons), so the list stays readable.
 */
export function queueRow(s: ModeratorView, ctx: RowContext): HTMLLIElement {
  const { t, on } = ctx;
  const check = h('input', { type: 'checkbox', class: 'pick', 'aria-label': `${t('m.select')}: ${clip(s.text, 60)}` });
  check.checked = ctx.selected.has(s.id);
  check.addEventListener('change', () => on.select(s, check.checked));

  const actions = h('div', { class: 'actions' });
  if (ctx.mergeSource) {
    if (ctx.mergeSource === s.id) actions.append(button(t('m.merge_cancel'), () => on.startMerge(s)));
    else if (can('merge', s)) actions.append(button(t('m.merge_here'), () => on.mergeHere(s), 'small primary'));
  } else {
    if (s.status === 'merged') actions.append(button(t('m.unmerge'), () => on.unmerge(s)));
    if (can('approve', s)) actions.append(button(t('m.approve'), () => on.approve(s), 'small primary'));
    if (can('reject', s)) actions.append(button(t('m.reject'), () => on.reject(s)));
    if (!['merged', 'withdrawn'].includes(s.status)) {
      actions.append(
        button(t('m.edit'), () => on.edit(s)),
        button(t(s.pinned ? 'm.unpin' : 'm.pin'), () => on.pin(s), 'small', { 'aria-pressed': String(s.pinned) }),
        button(t(s.highlighted ? 'm.unhighlight' : 'm.highlight'), () => on.highlight(s), 'small', { 'aria-pressed': String(s.highlighted) }),
      );
      if (can('merge', s)) actions.append(button(t('m.merge'), () => on.startMerge(s)));
      if (ctx.categories.length) {
        const cat = h('select', { 'aria-label': `${t('m.tag')}: ${clip(s.text, 40)}`, class: 'small' }, h('option', { value: '' }, `${t('m.tag')}: —`), ...ctx.categories.map((c) => h('option', { value: c }, c)));
        cat.value = s.category ?? '';
        cat.addEventListener('change', () => on.tag(s, cat.value || null));
        actions.append(cat);
      }
    }
  }

  const who = [s.authorName ?? s.author, s.role ? t(`p.role.${s.role}`) : null, s.organisation].filter(Boolean).join(' · ');
  const meta = h(
    'p',
    { class: 'meta small' },
    h('span', { class: `badge status-${s.status}` }, t(`m.status.${s.status}`)),
    h('span', { class: 'muted' }, who),
    h('span', { class: 'muted' }, `▲ ${s.votes}`),
    h('time', { class: 'muted', datetime: s.createdAt }, ctx.clock.format(new Date(s.createdAt))),
    s.category ? h('span', { class: 'badge' }, s.category) : null,
    s.source && s.source !== 'live' ? h('span', { class: 'badge source', 'data-source': s.source }, t('src.imported', { source: t(`src.${s.source}`) })) : null,
    s.mergedInto ? h('span', { class: 'muted' }, `${t('m.merged_into')}: ${clip(ctx.text(s.mergedInto) ?? s.mergedInto, 50)}`) : null,
    s.rejectReason ? h('span', { class: 'muted' }, `“${s.rejectReason}”`) : null,
  );
  const cls = ['item', 'mod-item', s.pinned && 'pinned', s.highlighted && 'highlighted', ctx.focusId === s.id && 'focused', ctx.mergeSource === s.id && 'merge-source'];
  const li = h(
    'li',
    { class: cls.filter(Boolean).join(' '), 'data-id': s.id, 'data-status': s.status, tabindex: '-1' },
    check,
    h('div', { class: 'body' }, h('p', { class: 'text' }, s.text), s.originalText ? h('p', { class: 'muted small original' }, `${t('m.original')}: ${s.originalText}`) : null, meta),
    actions,
  );
  li.addEventListener('focusin', () => on.focus(s));
  return li;
}
