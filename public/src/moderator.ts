import type { ModeratorState, SessionStats } from '../../server/realtime/events.js';
import type { PublicSession } from '../../server/sessions/session.presenter.js';
import type { ModeratorView } from '../../server/suggestions/suggestion.presenter.js';
import { $, dataJson, fillStats, h, show, translator } from './lib/dom.js';
import { CallError, call, connect, connectionBanner } from './lib/socket.js';

/** The moderator console: live queue with filters, actions, bulk select, shortcuts, session controls. */
export function moderatorConsole(root: HTMLElement): void {
  const { sessionId } = dataJson<{ sessionId: string }>(root, 'boot');
  const t = translator(dataJson(root, 'i18n'));
  const items = new Map<string, ModeratorView>();
  const selected = new Set<string>();
  let session: PublicSession | null = null;
  let focusId: string | null = null;
  let mergeSource: string | null = null;
  let frame = 0;

  const socket = connect();
  connectionBanner(socket, $('conn-banner'), t('m.connection_lost'));
  socket.on('connect', () => {
    void call<ModeratorState>(socket, 'mod:join', { sessionId }).then((state) => {
      items.clear();
      state.suggestions.forEach((s) => items.set(s.id, s));
      applySession(state.session);
      applyStats(state.stats);
      render();
    }, showError);
  });
  socket.on('mod:upsert', (s) => {
    items.set(s.id, s);
    scheduleRender();
  });
  socket.on('session:state', applySession);
  socket.on('session:stats', applyStats);
  socket.on('mod:duplicates', (groups) => {
    // The first id is the engine's merge target (best supported, then earliest).
    const live = groups.filter((g) => g.ids.filter((id) => items.has(id) && !['merged', 'withdrawn', 'rejected'].includes(items.get(id)!.status)).length > 1);
    $('dup-list').replaceChildren(
      ...live.map((g) => {
        const [target, ...others] = g.ids;
        const merge = h('button', { type: 'button', class: 'small primary' }, t('m.merge_here'));
        merge.addEventListener('click', () => others.forEach((id) => void act('mod:merge', { id, into: target })));
        return h('li', { class: 'item', 'data-dup-target': target }, ...g.ids.map((id) => h('p', { class: 'text small' }, items.get(id)?.text ?? id)), merge);
      }),
    );
    show($('dup-wrap'), live.length > 0);
  });
  socket.on('themes:live', (themes) => {
    $('live-themes').textContent = themes.map((th) => `${th.label} (${th.size})`).join(' · ');
    show($('live-themes-wrap'), themes.length > 0);
  });

  const act = (event: Parameters<typeof call>[1], payload: unknown) =>
    call<ModeratorView[]>(socket, event, payload).then((views) => {
      views.forEach((v) => items.set(v.id, v));
      hideError();
      scheduleRender();
    }, showError);

  function showError(err: unknown): void {
    const box = $('console-error');
    box.textContent = err instanceof CallError ? `${err.error.message}${err.error.detail ? ` (${err.error.detail})` : ''}` : String(err);
    show(box, true);
  }
  const hideError = () => show($('console-error'), false);

  function applyStats(s: SessionStats): void {
    fillStats(root, s);
  }

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
    b.addEventListener('click', () => void call(socket, 'session:control', { action: b.dataset.control }).catch(showError)),
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
  for (const id of ['f-status', 'f-prompt', 'f-role', 'f-category', 'f-search']) $(id).addEventListener('input', scheduleRender);

  function visible(): ModeratorView[] {
    const status = ($('f-status') as HTMLSelectElement).value;
    const prompt = ($('f-prompt') as HTMLSelectElement).value;
    const role = ($('f-role') as HTMLSelectElement).value;
    const category = ($('f-category') as HTMLSelectElement).value;
    const q = ($('f-search') as HTMLInputElement).value.trim().toLowerCase();
    return [...items.values()]
      .filter((s) => (!status || s.status === status) && (!prompt || s.promptId === prompt) && (!role || s.role === role))
      .filter((s) => (!category || s.category === category) && (!q || s.text.toLowerCase().includes(q)))
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.createdAt.localeCompare(b.createdAt));
  }

  function scheduleRender(): void {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), render()));
  }

  function render(): void {
    const list = visible();
    for (const id of selected) if (!items.has(id)) selected.delete(id);
    $('selected-count').textContent = t('m.selected', { n: selected.size });
    const banner = $('merge-banner');
    show(banner, mergeSource !== null);
    banner.textContent = mergeSource ? `${t('m.merge')} ${items.get(mergeSource)?.text.slice(0, 40) ?? ''}` : '';
    $('queue').replaceChildren(...(list.length ? list.map(row) : [h('li', { class: 'muted' }, t('m.none'))]));
  }

  function row(s: ModeratorView): HTMLLIElement {
    const check = h('input', { type: 'checkbox', 'aria-label': s.text.slice(0, 60) }) as HTMLInputElement;
    check.checked = selected.has(s.id);
    check.addEventListener('change', () => {
      if (check.checked) selected.add(s.id);
      else selected.delete(s.id);
      $('selected-count').textContent = t('m.selected', { n: selected.size });
    });
    const btn = (label: string, onClick: () => void, cls = 'small') => {
      const b = h('button', { type: 'button', class: cls }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    const actions = h('div', { class: 'row actions' });
    if (mergeSource && mergeSource !== s.id && s.status !== 'merged') {
      actions.append(btn(t('m.merge_here'), () => void act('mod:merge', { id: mergeSource, into: s.id }).then(() => ((mergeSource = null), scheduleRender())), 'small primary'));
    }
    if (s.status === 'merged') actions.append(btn(t('m.unmerge'), () => void act('mod:unmerge', { id: s.id })));
    if (['pending', 'rejected', 'hidden'].includes(s.status)) actions.append(btn(t('m.approve'), () => approve([s.id]), 'small primary'));
    if (['pending', 'approved', 'hidden'].includes(s.status)) actions.append(btn(t('m.reject'), () => reject([s.id])));
    if (!['merged', 'withdrawn'].includes(s.status)) {
      actions.append(
        btn(t('m.edit'), () => edit(s)),
        btn(t(s.pinned ? 'm.unpin' : 'm.pin'), () => void act('mod:pin', { id: s.id, on: !s.pinned })),
        btn(t(s.highlighted ? 'm.unhighlight' : 'm.highlight'), () => void act('mod:highlight', { id: s.id, on: !s.highlighted })),
        btn(mergeSource === s.id ? t('m.merge_cancel') : t('m.merge'), () => ((mergeSource = mergeSource === s.id ? null : s.id), scheduleRender())),
      );
      const cat = h('select', { 'aria-label': t('m.tag'), class: 'small' }, h('option', { value: '' }, `${t('m.tag')}: —`), ...(session?.settings.categories ?? []).map((c) => h('option', { value: c }, c))) as HTMLSelectElement;
      cat.value = s.category ?? '';
      cat.addEventListener('change', () => void act('mod:tag', { ids: [s.id], category: cat.value || null }));
      actions.append(cat);
    }
    const meta = h(
      'div',
      { class: 'row meta small' },
      h('span', { class: `badge status-${s.status}` }, t(`m.status.${s.status}`)),
      h('span', { class: 'muted' }, [s.authorName ?? s.author, s.role ? t(`p.role.${s.role}`) : null, s.organisation].filter(Boolean).join(' · ')),
      s.category ? h('span', { class: 'badge' }, s.category) : null,
      h('span', { class: 'muted' }, `▲ ${s.votes}`),
      s.mergedInto ? h('span', { class: 'muted' }, `${t('m.merged_into')}: ${items.get(s.mergedInto)?.text.slice(0, 50) ?? s.mergedInto}`) : null,
      s.rejectReason ? h('span', { class: 'muted' }, `“${s.rejectReason}”`) : null,
    );
    const li = h(
      'li',
      { class: `item mod-item${s.pinned ? ' pinned' : ''}${s.highlighted ? ' highlighted' : ''}${focusId === s.id ? ' focused' : ''}`, 'data-id': s.id, 'data-status': s.status, tabindex: '-1' },
      h('div', { class: 'row' }, check, h('p', { class: 'text' }, s.text)),
      s.originalText ? h('p', { class: 'muted small' }, `${t('m.original')}: ${s.originalText}`) : null,
      meta,
      actions,
    );
    li.addEventListener('focusin', () => (focusId = s.id));
    return li;
  }

  const approve = (ids: string[]) => void act('mod:approve', { ids });
  function reject(ids: string[]): void {
    const reason = window.prompt(t('m.reject_reason')) ?? undefined;
    void act('mod:reject', { ids, ...(reason ? { reason } : {}) });
  }
  function edit(s: ModeratorView): void {
    const next = window.prompt(t('m.edit'), s.text);
    if (next !== null && next.trim() !== s.text) void act('mod:edit', { id: s.id, text: next });
  }

  $('bulk-approve').addEventListener('click', () => selected.size && approve([...selected].filter((id) => ['pending', 'rejected', 'hidden'].includes(items.get(id)?.status ?? ''))));
  $('bulk-reject').addEventListener('click', () => selected.size && reject([...selected].filter((id) => ['pending', 'approved', 'hidden'].includes(items.get(id)?.status ?? ''))));
  $('select-all').addEventListener('change', (e) => {
    const on = (e.target as HTMLInputElement).checked;
    selected.clear();
    if (on) visible().forEach((s) => selected.add(s.id));
    render();
  });

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const list = visible();
    const index = list.findIndex((s) => s.id === focusId);
    const current = list[index];
    const move = (delta: number) => {
      const next = list[Math.min(list.length - 1, Math.max(0, index + delta))];
      if (!next) return;
      focusId = next.id;
      render();
      root.querySelector<HTMLElement>(`[data-id="${next.id}"]`)?.focus();
    };
    const keys: Record<string, () => void> = {
      j: () => move(1),
      k: () => move(-1),
      a: () => current && approve([current.id]),
      r: () => current && reject([current.id]),
      p: () => current && void act('mod:pin', { id: current.id, on: !current.pinned }),
      h: () => current && void act('mod:highlight', { id: current.id, on: !current.highlighted }),
      x: () => {
        if (!current) return;
        if (selected.has(current.id)) selected.delete(current.id);
        else selected.add(current.id);
        render();
      },
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  });
}
