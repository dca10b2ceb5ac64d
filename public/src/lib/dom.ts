/** Tiny DOM helpers. Text always goes in through textContent, never innerHTML. */
import type { FeedView } from '../../../server/suggestions/suggestion.presenter.js';
import type { AppSocket } from './socket.js';

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

/** Reads the JSON that the server rendered into an (escaped) data attribute. */
export function dataJson<T>(el: HTMLElement, name: string): T {
  return JSON.parse(el.dataset[name] ?? '{}') as T;
}

/** Writes each figure into the element marked `data-stat="<name>"` under root. */
export function fillStats(root: HTMLElement, stats: object): void {
  for (const [k, v] of Object.entries(stats)) {
    const el = root.querySelector<HTMLElement>(`[data-stat="${k}"]`);
    if (el) el.textContent = String(v);
  }
}

/** Keeps a map of feed items in step with feed:changes, then re-renders. */
export function followFeed(socket: AppSocket, feed: Map<string, FeedView>, render: () => void): void {
  socket.on('feed:changes', ({ upserts, removed }) => {
    removed.forEach((id) => feed.delete(id));
    upserts.forEach((f) => feed.set(f.id, f));
    render();
  });
}

export function translator(dict: Record<string, string>) {
  return (key: string, vars: Record<string, string | number> = {}) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (n in vars ? String(vars[n]) : m));
}
export type T = ReturnType<typeof translator>;
