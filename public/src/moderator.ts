import type { SessionStats } from '../../server/realtime/events.js';
import type { PublicSession } from '../../server/sessions/session.presenter.js';
import type { ModeratorView } from '../../server/suggestions/suggestion.presenter.js';
import { $, dataJson, fillStats, h, show, translator } from './lib/dom.js';
import { CallError, call, connect, connectionBanner, type CallEvent, type CallPayloads, type CallResults } from './lib/socket.js';
import { createDialog } from './moderator/dialog.js';
import { bulkTargets, can, visibleItems } from './moderator/queue.js';
import { queueRow, type RowActions } from './moderator/row.js';

/** The console's actions on suggestions: the events whose ack carries the fresh views of what they changed. */
type ModAction = { [E in CallEvent]: CallResults[E] extends ModeratorView[] ? E : never }[CallEvent];

/** The moderator console: live queue with filters, actions, bulk select, shortcuts, session controls. */
export function moderatorConsole(root: HTMLElement): void {
  // Times are shown in the forum's zone, whatever the moderator's computer is set to.
  const { sessionId, timeZone } = dataJson<{ sessionId: string; timeZone: string }>(root, 'boot');
  const clock = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const t = translator(dataJson(root, 'i18n'));
  const ask = createDialog();
  const items = new Map<string, ModeratorView>();
  const selected = new Set<string>();
  let session: PublicSession | null = null;
  let focusId: string | null = null;
  // Where the focused row was, so focus can move to its neighbour when that row leaves the list.
  let focusIndex = -1;
  let mergeSource: string | null = null;
  let frame = 0;

  const socket = connect();
  connectionBanner(socket, $('conn-banner'), t('m.connection_lost'));
  const join = () => {
    void call(socket, 'mod:join', { sessionId }).then((state) => {
      items.clear();
      state.suggestions.forEach((s) => items.set(s.id, s));
      applySession(state.session);
      fillStats(root, state.stats);
      render();
    }, showError);
  };
  socket.on('connect', join);
  // An import or its undo changed many suggestions at once: one reload instead of thousands of upserts.
  socket.on('mod:resync', join);
  socket.on('mod:upsert', (s) => {
    items.set(s.id, s);
    scheduleRender();
  });
  socket.on('session:state', applySession);
  socket.on('session:stats', (s: SessionStats) => fillStats(root, s));
  socket.on('mod:duplicates', (groups) => {
    // The first id is the engine's merge target (best supported, then earliest).
    const live = groups.filter((g) => g.ids.filter((id) => can('merge', items.get(id))).length > 1);
    $('dup-list').replaceChildren(
      ...live.map((g) => {
        const [target, ...others] = g.ids;
        const merge = h('button', { type: 'button', class: 'small primary' }, t('m.merge_here'));
        merge.addEventListener('click', () => others.forEach((id) => void merge2(items.get(id), items.get(target!))));
        return h('li', { class: 'item', 'data-dup-target': target }, ...g.ids.map((id) => h('p', { class: 'text small' }, items.get(id)?.text ?? id)), merge);
      }),
    );
    show($('dup-wrap'), live.length > 0);
  });
  socket.on('themes:live', (themes) => {
    $('live-themes').textContent = themes.map((th) => `${th.label} (${th.size})`).join(' · ');
    show($('live-themes-wrap'), themes.length > 0);
  });

  /** Sends one action; the answer's fresh views replace ours. A refusal (stale included) is shown. */
  const act = <E extends ModAction>(event: E, payload: CallPayloads[E]): Promise<ModeratorView[] | null> =>
    // The contract says each ModAction answers ModeratorView[]; TypeScript cannot see that through a generic E.
    (call(socket, event, payload) as Promise<CallResults[ModAction]>).then(
      (views) => {
        views.forEach((v) => items.set(v.id, v));
        show($('console-error'), false);
        scheduleRender();
        return views;
      },
      (err: unknown) => (showError(err), null),
    );
  const many = (list: ModeratorView[]) => ({ ids: list.map((s) => s.id), versions: list.map((s) => s.version) });
  const one = (s: ModeratorView) => ({ id: s.id, version: s.version });

  function showError(err: unknown): void {
    const box = $('console-error');
    box.textContent = err instanceof CallError ? `${err.error.message}${err.error.detail && err.error.id !== 'stale' ? ` (${err.error.detail})` : ''}` : String(err);
    show(box, true);
  }
  const notice = (text: string) => ($('console-notice').textContent = text);

  function applySession(s: PublicSession): void {
    session = s;
    const badge = $('status-badge');
    badge.textContent = t(`status.${s.status}`);
    badge.className = `badge status-${s.status}`;
    root.querySelectorAll<HTMLButtonElement>('[data-control]').forEach((b) => {
      const a = b.dataset.control;
      b.disabled = (a === 'open' && s.status === 'live') || (a === 'pause' && s.status !== 'live') || (a === 'close' && s.status === 'closed');
    });
    const promptSelect = $('prompt-select') as HTMLSelectElement;
    promptSelect.replaceChildren(...s.prompts.map((p) => h('option', { value: p.id }, p.text)));
    promptSelect.value = s.activePromptId ?? '';
    fillFilter('f-prompt', s.prompts.map((p) => [p.id, p.text]));
    fillFilter('f-category', s.settings.categories.map((c) => [c, c]));
    root.querySelectorAll<HTMLInputElement>('[data-setting]').forEach((input) => {
      const v = s.settings[input.dataset.setting as keyof PublicSession['settings']];
      if (input.type === 'checkbox') input.checked = Boolean(v);
      else if (document.activeElement !== input) input.value = String(v);
    });
    scheduleRender();
  }

  function fillFilter(id: string, options: [string, string][]): void {
    const select = $(id) as HTMLSelectElement;
    const current = select.value;
    select.replaceChildren(h('option', { value: '' }, t('m.filter.all')), ...options.map(([v, label]) => h('option', { value: v }, label.length > 60 ? `${label.slice(0, 57)}…` : label)));
    select.value = options.some(([v]) => v === current) ? current : '';
  }

  root.querySelectorAll<HTMLButtonElement>('[data-control]').forEach((b) =>
    b.addEventListener('click', async () => {
      const action = b.dataset.control as CallPayloads['session:control']['action'];
      // Closing ends the room for every phone at once: ask first.
      if (action === 'close' && (await ask({ title: t('m.close_title'), body: t('m.close_body'), ok: t('m.close_confirm'), cancel: t('m.cancel'), danger: true })) === null) return;
      call(socket, 'session:control', { action }).catch(showError);
    }),
  );
  $('prompt-select').addEventListener('change', (e) => void call(socket, 'session:prompt', { promptId: (e.target as HTMLSelectElement).value }).catch(showError));
  $('add-prompt').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = $('new-prompt') as HTMLInputElement;
    void call(socket, 'session:add-prompt', { text: input.value }).then(() => (input.value = ''), showError);
  });
  root.querySelectorAll<HTMLInputElement>('[data-setting]').forEach((input) =>
    input.addEventListener('change', () => {
      const key = input.dataset.setting!;
      const value = input.type === 'checkbox' ? input.checked : Number(input.value);
      void call(socket, 'session:settings', { [key]: value }).catch(showError);
    }),
  );
  for (const id of ['f-status', 'f-prompt', 'f-role', 'f-category', 'f-search', 'f-newest']) $(id).addEventListener('input', scheduleRender);

  const value = (id: string) => ($(id) as HTMLInputElement | HTMLSelectElement).value;
  const visible = () =>
    visibleItems(items.values(), {
      status: value('f-status'),
      prompt: value('f-prompt'),
      role: value('f-role'),
      category: value('f-category'),
      q: value('f-search'),
      newestFirst: ($('f-newest') as HTMLInputElement).checked,
    });

  function scheduleRender(): void {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  }

  /** Selection counts and the bulk buttons' counts: what they would act on, visible and selected. */
  function renderBulk(list: ModeratorView[]): void {
    const shown = list.filter((s) => selected.has(s.id)).length;
    $('selected-count').textContent = t('m.selected', { n: shown });
    $('bulk-approve').textContent = t('m.bulk_approve', { n: bulkTargets(list, selected, 'approve').length });
    $('bulk-reject').textContent = t('m.bulk_reject', { n: bulkTargets(list, selected, 'reject').length });
    const all = $('select-all') as HTMLInputElement;
    all.checked = list.length > 0 && shown === list.length;
    all.indeterminate = shown > 0 && shown < list.length;
  }

  function render(): void {
    const list = visible();
    const queue = $('queue');
    const active = document.activeElement;
    const focusWasHere = !active || active === document.body || queue.contains(active);
    // A selection the filter now hides is dropped: bulk actions only ever touch what is on screen.
    const shownIds = new Set(list.map((s) => s.id));
    for (const id of selected) if (!shownIds.has(id)) selected.delete(id);
    if (focusId && !shownIds.has(focusId)) focusId = list[Math.min(focusIndex, list.length - 1)]?.id ?? null;
    focusIndex = list.findIndex((s) => s.id === focusId);
    if (mergeSource && !can('merge', items.get(mergeSource))) mergeSource = null;
    renderBulk(list);
    const src = mergeSource ? items.get(mergeSource) : undefined;
    show($('merge-bar'), Boolean(src));
    $('merge-text').textContent = src ? t('m.merge_pick', { text: src.text.length > 80 ? `${src.text.slice(0, 79)}…` : src.text }) : '';
    root.classList.toggle('merging', Boolean(src));
    const ctx = { t, clock, text: (id: string) => items.get(id)?.text, selected, focusId, mergeSource, categories: session?.settings.categories ?? [], on: rowActions };
    queue.replaceChildren(...(list.length ? list.map((s) => queueRow(s, ctx)) : [h('li', { class: 'muted' }, t('m.none'))]));
    // Rebuilding the list removes the focused row; put focus back on the row it belongs to.
    if (focusWasHere && focusId && active !== document.body) focusRow(focusId);
  }

  function focusRow(id: string): void {
    const li = root.querySelector<HTMLElement>(`#queue [data-id="${id}"]`);
    li?.focus({ preventScroll: true });
    li?.scrollIntoView({ block: 'nearest' });
  }

  const approve = (list: ModeratorView[]) => (list.length ? act('mod:approve', many(list)) : Promise.resolve(null));
  async function reject(list: ModeratorView[]): Promise<ModeratorView[] | null> {
    if (!list.length) return null;
    const reason = await ask({
      title: t('m.reject_title', { n: list.length }),
      body: list.length === 1 ? list[0]!.text : undefined,
      ok: t('m.reject'),
      cancel: t('m.cancel'),
      field: { label: t('m.reject_reason'), maxLength: 300 },
      danger: true,
    });
    if (reason === null) return null; // Cancel or Esc: nothing is rejected.
    return act('mod:reject', { ...many(list), ...(reason.trim() ? { reason: reason.trim() } : {}) });
  }
  async function edit(s: ModeratorView): Promise<void> {
    const next = await ask({ title: t('m.edit_title'), ok: t('m.save'), cancel: t('m.cancel'), field: { label: t('m.edit_label'), value: s.text, maxLength: session?.settings.maxLength ?? 2000, required: true } });
    if (next !== null && next.trim() !== s.text) await act('mod:edit', { ...one(s), text: next });
  }
  async function merge2(source: ModeratorView | undefined, target: ModeratorView | undefined): Promise<void> {
    if (!source || !target) return;
    await act('mod:merge', { ...one(source), into: target.id, intoVersion: target.version });
  }

  const rowActions: RowActions = {
    select: (s, on) => {
      if (on) selected.add(s.id);
      else selected.delete(s.id);
      renderBulk(visible());
    },
    approve: (s) => void approve([s]),
    reject: (s) => void reject([s]),
    edit: (s) => void edit(s),
    pin: (s) => void act('mod:pin', { ...one(s), on: !s.pinned }),
    highlight: (s) => void act('mod:highlight', { ...one(s), on: !s.highlighted }),
    tag: (s, category) => void act('mod:tag', { ...many([s]), category }),
    startMerge: (s) => ((mergeSource = mergeSource === s.id ? null : s.id), render()),
    mergeHere: (target) => {
      const source = mergeSource ? items.get(mergeSource) : undefined;
      mergeSource = null;
      void merge2(source, target).then(render);
    },
    unmerge: (s) => void act('mod:unmerge', one(s)),
    focus: (s) => {
      focusId = s.id;
      focusIndex = visible().findIndex((x) => x.id === s.id);
    },
  };
  $('merge-cancel').addEventListener('click', () => ((mergeSource = null), render()));

  async function bulk(action: 'approve' | 'reject'): Promise<void> {
    const list = bulkTargets(visible(), selected, action);
    if (!list.length) return void notice(t('m.bulk_none'));
    const done = await (action === 'approve' ? approve(list) : reject(list));
    if (done) notice(t(`m.bulk_done.${action}`, { n: list.length }));
  }
  $('bulk-approve').addEventListener('click', () => void bulk('approve'));
  $('bulk-reject').addEventListener('click', () => void bulk('reject'));
  $('select-all').addEventListener('change', (e) => {
    const on = (e.target as HTMLInputElement).checked;
    selected.clear();
    if (on) visible().forEach((s) => selected.add(s.id));
    render();
  });

  const dialog = $('mod-dialog') as HTMLDialogElement;
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (dialog.open || e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const list = visible();
    const index = list.findIndex((s) => s.id === focusId);
    const current = list[index];
    const move = (delta: number) => {
      const next = list[Math.min(list.length - 1, Math.max(0, index + delta))];
      if (!next) return;
      focusId = next.id;
      focusIndex = list.indexOf(next);
      render();
      focusRow(next.id);
    };
    const keys: Record<string, () => void> = {
      j: () => move(1),
      k: () => move(-1),
      a: () => can('approve', current) && void approve([current]),
      r: () => can('reject', current) && void reject([current]),
      p: () => current && rowActions.pin(current),
      h: () => current && rowActions.highlight(current),
      x: () => {
        if (!current) return;
        rowActions.select(current, !selected.has(current.id));
        render();
      },
      Escape: () => mergeSource && ((mergeSource = null), render()),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  });
}
