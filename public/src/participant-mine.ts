/** "Usulan saya": one's own suggestions, unsent ones first by time, with status and theme. */
import type { OwnView } from '../../server/suggestions/suggestion.presenter.js';
import { h, show, type T } from './lib/dom.js';
import type { OutboxItem } from './lib/outbox.js';

export interface Mine {
  /** what waits in the outbox and is not acknowledged yet */
  pending: readonly OutboxItem[];
  failed: ReadonlyMap<string, { item: OutboxItem; message: string }>;
  own: Iterable<OwnView>;
  /** suggestion id -> the theme it went to */
  themes: Readonly<Record<string, string>>;
  /** connected and joined: pending items are being sent, not waiting for the network */
  sending: boolean;
  /** the buttons for a suggestion the participant may still change, or null */
  actions: (o: OwnView) => HTMLElement | null;
}

const item = (body: string, status: string, label: string): HTMLLIElement =>
  h('li', { class: `item status-${status}`, 'data-status': status }, h('p', { class: 'text' }, body), h('span', { class: `badge status-${status}` }, label));

export function renderMine(list: HTMLElement, count: HTMLElement, m: Mine, t: T): void {
  count.textContent = m.pending.length ? t('p.outbox', { n: m.pending.length }) : '';
  show(count, m.pending.length > 0);
  const rows: { createdAt: string; node: HTMLElement }[] = [];
  const status = m.sending ? 'sending' : 'queued';
  for (const i of m.pending) rows.push({ createdAt: i.createdAt, node: item(i.text, status, t(`p.status.${status}`)) });
  for (const f of m.failed.values()) rows.push({ createdAt: f.item.createdAt, node: item(f.item.text, 'failed', `${t('p.status.failed')}: ${f.message}`) });
  for (const o of m.own) {
    if (o.status === 'withdrawn') continue;
    const node = item(o.text, o.status, t(`p.status.${o.status}`));
    const theme = m.themes[o.id];
    if (theme) node.append(h('p', { class: 'muted small theme-of' }, t('p.theme', { label: theme })));
    const actions = m.actions(o);
    if (actions) node.append(actions);
    rows.push({ createdAt: o.createdAt, node });
  }
  rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  list.replaceChildren(...(rows.length ? rows.map((r) => r.node) : [h('li', { class: 'muted' }, t('p.mine.none'))]));
}
