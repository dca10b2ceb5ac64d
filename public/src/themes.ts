import type { SynthesisView } from '../../server/themes/themes.service.js';
import type { ThemeView } from '../../server/themes/edits.rules.js';
import { $, dataJson, h, show, translator } from './lib/dom.js';
import { CallError, call, connect, type CallPayloads } from './lib/socket.js';
import { renderRoadmap } from './roadmap.js';

/** Planners' themes page: choose sessions, run the synthesis with a progress bar, review and edit themes. */
export function themesPage(root: HTMLElement): void {
  const { forumId } = dataJson<{ forumId: string }>(root, 'boot');
  const t = translator(dataJson(root, 'i18n'));
  let current: SynthesisView | null = null;
  const socket = connect();

  const k = $('k') as HTMLSelectElement;
  for (let n = 2; n <= 30; n++) k.append(h('option', { value: String(n) }, String(n)));

  socket.on('connect', () => {
    void call(socket, 'themes:join', { forumId }).then((state) => {
      $('session-checks').replaceChildren(
        ...state.sessions.map((s) =>
          h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'session', value: s.id, checked: true }), ` ${s.title} — ${t('t.approved', { n: s.approved })}`),
        ),
      );
      render(state.latest);
    }, showError);
  });
  socket.on('synthesis:progress', (p) => {
    show($('run-status'), true);
    ($('run-progress') as HTMLProgressElement).value = p.fraction;
    $('run-stage').textContent = `${t('t.running')} ${Math.round(p.fraction * 100)}% (${p.stage})`;
  });
  socket.on('synthesis:edited', (p) => {
    if (p.runId === current?.id) void call(socket, 'themes:join', { forumId }).then((s) => render(s.latest));
  });

  $('run-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const sessionIds = [...root.querySelectorAll<HTMLInputElement>('input[name="session"]:checked')].map((i) => i.value);
    const button = $('run') as HTMLButtonElement;
    button.disabled = true;
    show($('run-status'), true);
    ($('run-progress') as HTMLProgressElement).value = 0;
    $('run-stage').textContent = t('t.running');
    void call(socket, 'themes:run', { forumId, sessionIds, k: k.value === 'auto' ? 'auto' : Number(k.value) }, 10 * 60_000)
      .then((v) => {
        hideError();
        render(v);
      }, showError)
      .finally(() => {
        button.disabled = false;
        show($('run-status'), false);
      });
  });

  function showError(err: unknown): void {
    const box = $('themes-error');
    box.textContent = err instanceof CallError ? `${err.error.message}${err.error.detail ? ` (${err.error.detail})` : ''}` : String(err);
    show(box, true);
  }
  const hideError = () => show($('themes-error'), false);

  const edit = (payload: CallPayloads['themes:edit']['edit']) =>
    void call(socket, 'themes:edit', { synthesisId: current!.id, edit: payload }).then((v) => {
      hideError();
      render(v);
    }, showError);

  function render(v: SynthesisView | null): void {
    current = v;
    if (!v) {
      $('version-info').textContent = t('t.none');
      $('themes-list').replaceChildren();
      show($('other-card'), false);
      show($('roadmap-card'), false);
      return;
    }
    loadRoadmap(v.id);
    $('version-info').textContent = t('t.version', { v: v.version, n: v.inputs, k: v.edited.themes.filter((x) => !x.hidden).length, s: ((v.durationMs ?? 0) / 1000).toFixed(1) });
    const ranked = [...v.edited.themes].sort((a, b) => Number(a.hidden) - Number(b.hidden) || b.size - a.size || b.votes - a.votes);
    $('themes-list').replaceChildren(...ranked.map((th) => card(th, ranked)));
    show($('other-card'), v.edited.other.length > 0);
    $('other-list').replaceChildren(...v.edited.other.map((id) => memberRow(id, null, ranked)));
    // Edits that found nothing to act on in this run are listed, never dropped silently.
    show($('skipped-card'), v.edited.skipped.length > 0);
    $('skipped-list').replaceChildren(
      ...v.edited.skipped.map((s) =>
        h('li', { class: 'item' }, h('span', {}, t('t.skipped.item', { edit: t(`t.edit.${s.type}`, { label: s.label ?? '' }), theme: s.theme, by: s.by })), h('span', { class: 'muted small' }, ` — ${t(`t.reason.${s.reason}`)}`)),
      ),
    );
  }

  /** Fetched after every render: edits move suggestions between cells. A late answer for an older version is dropped. */
  function loadRoadmap(synthesisId: string): void {
    void call(socket, 'themes:matrix', { forumId, synthesisId }).then((m) => {
      if (current?.id !== synthesisId) return;
      renderRoadmap($('roadmap-card'), m, t);
      show($('roadmap-card'), true);
    }, showError);
  }

  function card(th: ThemeView, all: ThemeView[]): HTMLElement {
    const btn = (label: string, onClick: () => void) => {
      const b = h('button', { type: 'button', class: 'small' }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    const mergeSelect = h('select', { class: 'small', 'aria-label': t('t.merge_into') }, h('option', { value: '' }, t('t.merge_into')), ...all.filter((o) => o.id !== th.id).map((o) => h('option', { value: o.id }, o.label))) as HTMLSelectElement;
    mergeSelect.addEventListener('change', () => mergeSelect.value && edit({ type: 'merge', themeId: th.id, otherIds: [mergeSelect.value] }));
    const roles = Object.entries(th.roles).map(([r, n]) => `${r === 'unknown' ? '—' : t(`p.role.${r}`)}: ${n}`).join(' · ');
    const tags = [...th.subsectors.slice(0, 3), ...th.issues.slice(0, 3)].map((tag) => h('span', { class: 'badge' }, `${tag.label} (${tag.count})`));
    const members = h('ul', { class: 'items' }, ...th.members.map((id) => memberRow(id, th.id, all)));
    return h(
      'section',
      { class: `card theme${th.hidden ? ' is-hidden' : ''}`, 'data-theme-id': th.id, id: `theme-${th.id}`, tabindex: '-1' },
      h('h2', {}, th.label, th.labelByPlanner ? h('span', { class: 'muted small' }, ` (${t('t.planner_label')})`) : null, th.hidden ? h('span', { class: 'badge' }, t('t.hidden')) : null),
      h('p', { class: 'muted' }, `${t('t.size', { n: th.size })} · ${t('t.participants', { n: th.participants })} · ${t('t.votes', { n: th.votes })}`),
      h('p', { class: 'row' }, h('strong', {}, `${t('t.keywords')}:`), ...th.keyphrases.slice(0, 6).map((kp) => h('span', { class: 'chip' }, kp.text))),
      h('h3', {}, t('t.quotes')),
      h('ul', { class: 'quotes' }, ...th.representatives.map((r) => h('li', {}, h('q', {}, r.text), r.votes ? h('span', { class: 'muted small' }, ` ▲ ${r.votes}`) : null))),
      h('p', { class: 'small muted' }, `${t('t.roles')}: ${roles}`),
      tags.length ? h('p', { class: 'row' }, ...tags) : null,
      h(
        'div',
        { class: 'row' },
        btn(t('t.rename'), () => {
          const label = window.prompt(t('t.rename_prompt'), th.label);
          if (label && label.trim() && label !== th.label) edit({ type: 'rename', themeId: th.id, label });
        }),
        btn(th.hidden ? t('t.unhide') : t('t.hide'), () => edit({ type: th.hidden ? 'unhide' : 'hide', themeId: th.id })),
        mergeSelect,
        btn(t('t.split'), () => {
          const picked = [...members.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);
          if (!picked.length) return;
          const label = window.prompt(t('t.split_prompt'));
          if (label && label.trim()) edit({ type: 'split', themeId: th.id, memberIds: picked, label });
        }),
      ),
      h('details', {}, h('summary', {}, `${t('t.members')} (${th.size})`), members),
    );
  }

  function memberRow(id: string, themeId: string | null, all: ThemeView[]): HTMLLIElement {
    const move = h('select', { class: 'small', 'aria-label': t('t.move_to') }, h('option', { value: '' }, t('t.move_to')), ...all.filter((o) => o.id !== themeId).map((o) => h('option', { value: o.id }, o.label)), themeId ? h('option', { value: '__other' }, t('t.other')) : null) as HTMLSelectElement;
    move.addEventListener('change', () => move.value && edit({ type: 'move', suggestionId: id, toThemeId: move.value === '__other' ? null : move.value }));
    const text = current?.texts[id] ?? id;
    return h('li', { class: 'item' }, h('label', { class: 'check' }, themeId ? h('input', { type: 'checkbox', value: id }) : null, h('span', {}, text)), move);
  }
}
