import type { PublicSession } from '../../server/sessions/session.presenter.js';
import type { FeedView, OwnView } from '../../server/suggestions/suggestion.presenter.js';
import { $, dataJson, followFeed, h, show, translator } from './lib/dom.js';
import { CallError, call, connect, connectionBanner, type CallPayloads } from './lib/socket.js';
import { Outbox, newClientId, submitPayload, type OutboxItem } from './lib/outbox.js';
import { followBrowserOnline, keepDraft } from './participant-keep.js';
import { renderMine as drawMine } from './participant-mine.js';

/** The participant's phone page: join, write, see own statuses and the room's feed, vote. */
export function participantPage(root: HTMLElement): void {
  const { code, forumId } = dataJson<{ code: string; forumId: string }>(root, 'boot');
  const t = translator(dataJson(root, 'i18n'));
  const tokenKey = `rembuk:token:${code}`;
  // One person across the forum's sessions: the server links a new session's participant to it.
  const personKey = `rembuk:person:${forumId}`;
  const person = () => localStorage.getItem(personKey) ?? undefined;
  const outbox = new Outbox(localStorage, `rembuk:outbox:${code}`);
  const own = new Map<string, OwnView>();
  const failed = new Map<string, { item: OutboxItem; message: string }>();
  const feed = new Map<string, FeedView>();
  const voted = new Set<string>();
  /** suggestion id -> the theme it went to, from the latest synthesis (sent on join) */
  let themes: Record<string, string> = {};
  let session: PublicSession | null = null;
  let status = root.dataset.state ?? 'draft';
  let joined = false;
  let flushing = false;
  let retryTimer: number | undefined;

  const socket = connect();
  connectionBanner(socket, $('conn-banner'), t('p.offline'));
  const joinForm = $('join-form') as HTMLFormElement;
  const text = $('s-text') as HTMLTextAreaElement;
  const draft = keepDraft(text, localStorage, `rembuk:draft:${code}`);
  followBrowserOnline(socket);

  // Every (re)connection first asks for the session's state, which also puts this socket in the
  // session's lobby: a waiting room hears the moderator open the session and shows the form.
  socket.on('connect', () => {
    call(socket, 'participant:hello', { code, person: person() }).then((res) => {
      if (res.profile) prefill(res.profile);
      enterRoom(res.session);
    }, showError);
  });
  socket.on('session:state', (s) => enterRoom(s));

  /** A person who joined another session of this forum: the form starts from what they gave then. */
  function prefill(p: { displayName: string | null; role: string | null; organisation: string | null }): void {
    ($('p-name') as HTMLInputElement).value = p.displayName ?? '';
    ($('p-role') as HTMLSelectElement).value = p.role ?? '';
    ($('p-org') as HTMLInputElement).value = p.organisation ?? '';
    ($('p-consent') as HTMLInputElement).checked = true;
    show($('p-known'), true);
  }

  /** Shows what this session's status allows: waiting, the form (or a rejoin), or the closed page. */
  function enterRoom(s: PublicSession): void {
    status = s.status;
    root.dataset.state = s.status;
    show($('waiting'), s.status === 'draft');
    show($('closed'), s.status === 'closed');
    if (joined) return applySession(s);
    show($('p-main'), false);
    const token = localStorage.getItem(tokenKey);
    if (s.status !== 'draft' && token) void join({ token });
    else show(joinForm, s.status === 'live' || s.status === 'paused');
  }
  // An import or its undo changed many approved suggestions: rejoining reads the feed again.
  socket.on('feed:resync', () => {
    if (joined) void join({ token: localStorage.getItem(tokenKey) ?? undefined });
  });
  socket.on('disconnect', () => {
    joined = false;
    renderMine();
  });

  joinForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const fd = new FormData(joinForm);
    void join({
      displayName: String(fd.get('displayName') ?? ''),
      role: (String(fd.get('role') ?? '') || undefined) as CallPayloads['participant:join']['role'],
      organisation: String(fd.get('organisation') ?? ''),
      consent: ($('p-consent') as HTMLInputElement).checked,
    });
  });

  async function join(extra: Omit<CallPayloads['participant:join'], 'code'>): Promise<void> {
    const errorBox = $('join-error');
    try {
      const res = await call(socket, 'participant:join', { code, person: person(), ...extra });
      localStorage.setItem(tokenKey, res.token);
      if (res.person) localStorage.setItem(personKey, res.person);
      joined = true;
      res.own.forEach((o) => own.set(o.clientId, o));
      themes = res.themes;
      feed.clear();
      res.feed.forEach((f) => feed.set(f.id, f));
      res.voted.forEach((v) => voted.add(v));
      show(joinForm, false);
      show($('p-main'), true);
      applySession(res.session);
      renderMine();
      renderFeed();
      void flush();
    } catch (err) {
      if (extra.token) {
        // The token is unknown here (e.g. a new session with the same device): ask again, unless
        // the session is closed (a closed session takes no one new).
        localStorage.removeItem(tokenKey);
        show(joinForm, status === 'live' || status === 'paused');
        return;
      }
      errorBox.textContent = err instanceof CallError ? `${err.error.message}${err.error.detail ? ` (${err.error.detail})` : ''}` : String(err);
      show(errorBox, true);
    }
  }

  function applySession(s: PublicSession): void {
    const feedWasOn = session?.settings.showFeed;
    session = s;
    const prompt = s.prompts.find((p) => p.id === s.activePromptId);
    $('prompt-text').textContent = prompt?.text ?? '';
    const banner = $('session-banner');
    banner.textContent = s.status === 'paused' ? t('p.paused') : '';
    banner.classList.toggle('banner-warn', s.status === 'paused');
    show(banner, s.status === 'paused');
    // Closed: the page keeps the participant's own suggestions and their statuses, no form.
    show($('submit-card'), s.status !== 'closed');
    ($('s-send') as HTMLButtonElement).disabled = s.status === 'closed';
    text.maxLength = s.settings.maxLength;
    const select = $('s-category') as HTMLSelectElement;
    const current = select.value;
    select.replaceChildren(h('option', { value: '' }, '—'), ...s.settings.categories.map((c) => h('option', { value: c }, c)));
    select.value = s.settings.categories.includes(current) ? current : '';
    show($('category-wrap'), s.settings.categories.length > 0);
    show($('feed-section'), s.settings.showFeed);
    updateChars();
    if (s.settings.showFeed && feedWasOn === false && joined) void join({ token: localStorage.getItem(tokenKey) ?? undefined });
    if (s.status === 'live') void flush();
    renderFeed();
  }

  socket.on('own:upsert', (o) => {
    own.set(o.clientId, o);
    renderMine();
  });
  followFeed(socket, feed, renderFeed);

  $('submit-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const errorBox = $('submit-error');
    show(errorBox, false);
    const value = text.value.trim();
    if (!value) {
      errorBox.textContent = t('errors.validation_failed');
      show(errorBox, true);
      text.focus();
      return;
    }
    const category = ($('s-category') as HTMLSelectElement).value || undefined;
    outbox.add({ clientId: newClientId(), text: value, promptId: session?.activePromptId ?? undefined, category, createdAt: new Date().toISOString() });
    text.value = '';
    draft.clear();
    updateChars();
    show($('similar'), false);
    renderMine();
    void flush();
  });

  /** Sends what waits in the outbox, oldest first, one at a time; stops and retries on trouble. */
  async function flush(): Promise<void> {
    if (flushing || !joined || !socket.connected) return;
    flushing = true;
    window.clearTimeout(retryTimer);
    try {
      for (const item of outbox.list()) {
        try {
          // A short wait: an answer lost with the network is sent again (same clientId) on reconnect.
          const res = await call(socket, 'suggestion:submit', submitPayload(item), 5000);
          outbox.remove(item.clientId);
          own.set(res.suggestion.clientId, res.suggestion);
          flashOk();
        } catch (err) {
          if (err instanceof CallError && err.error.id === 'validation_failed') {
            outbox.remove(item.clientId);
            failed.set(item.clientId, { item, message: `${err.error.message}${err.error.detail ? ` (${err.error.detail})` : ''}` });
            continue;
          }
          if (err instanceof CallError && err.error.id === 'session_not_open') break; // sent when the session opens again
          if (err instanceof CallError && err.error.id === 'unauthenticated') joined = false;
          const box = $('submit-error');
          if (err instanceof CallError) {
            box.textContent = err.error.message;
            show(box, true);
          }
          retryTimer = window.setTimeout(() => void flush(), err instanceof CallError && err.error.id === 'rate_limited' ? 10_000 : 3000);
          break;
        }
        renderMine();
      }
    } finally {
      flushing = false;
      renderMine();
    }
  }

  function flashOk(): void {
    const ok = $('submit-ok');
    ok.textContent = t('p.sent');
    show(ok, true);
    show($('submit-error'), false);
    window.setTimeout(() => show(ok, false), 3000);
  }

  function renderMine(): void {
    drawMine($('mine'), $('outbox-count'), {
      pending: outbox.list().filter((i) => !own.has(i.clientId)),
      failed,
      own: own.values(),
      themes,
      sending: socket.connected && joined,
      actions: (o) => (o.status === 'waiting' && session?.status !== 'closed' ? ownActions(o) : null),
    }, t);
  }

  function ownActions(o: OwnView): HTMLElement {
    const edit = h('button', { type: 'button', class: 'small' }, t('p.edit'));
    const withdraw = h('button', { type: 'button', class: 'small' }, t('p.withdraw'));
    const wrap = h('div', { class: 'row' }, edit, withdraw);
    withdraw.addEventListener('click', () => void call(socket, 'suggestion:withdraw', { id: o.id }).catch(showError));
    edit.addEventListener('click', () => {
      const area = h('textarea', { rows: '3', 'aria-label': t('p.edit') }) as HTMLTextAreaElement;
      area.value = o.text;
      const save = h('button', { type: 'button', class: 'small primary' }, t('p.save'));
      const cancel = h('button', { type: 'button', class: 'small' }, t('p.cancel'));
      save.addEventListener('click', () =>
        void call(socket, 'suggestion:edit', { id: o.id, text: area.value }).then((v) => {
          own.set(v.clientId, v);
          renderMine();
        }, showError),
      );
      cancel.addEventListener('click', renderMine);
      wrap.replaceChildren(area, h('div', { class: 'row' }, save, cancel));
      area.focus();
    });
    return wrap;
  }

  function showError(err: unknown): void {
    const box = $('submit-error');
    box.textContent = err instanceof CallError ? err.error.message : String(err);
    show(box, true);
  }

  function renderFeed(): void {
    if (!session?.settings.showFeed) return;
    const items = [...feed.values()].sort(
      (a, b) => Number(b.pinned) - Number(a.pinned) || b.votes - a.votes || b.createdAt.localeCompare(a.createdAt),
    );
    $('feed').replaceChildren(...(items.length ? items.map(feedItem) : [h('li', { class: 'muted' }, t('p.feed.none'))]));
  }

  const isMine = (id: string) => [...own.values()].some((o) => o.id === id);

  function feedItem(f: FeedView): HTMLLIElement {
    const li = h('li', { class: `item${f.highlighted ? ' highlighted' : ''}${f.pinned ? ' pinned' : ''}`, 'data-id': f.id }, h('p', { class: 'text' }, f.text));
    const meta = h('div', { class: 'row' }, f.authorName ? h('span', { class: 'muted small' }, f.authorName) : null, f.category ? h('span', { class: 'badge' }, f.category) : null);
    // One's own suggestion shows its support but offers no button: the server refuses self-votes.
    if (session?.settings.voting) meta.append(isMine(f.id) ? h('span', { class: 'muted small' }, `▲ ${t('p.votes', { n: f.votes })}`) : voteButton(f.id, f.votes));
    li.append(meta);
    return li;
  }

  function voteButton(id: string, votes: number): HTMLButtonElement {
    const on = voted.has(id);
    const btn = h('button', { type: 'button', class: `vote small${on ? ' on' : ''}`, 'aria-pressed': on ? 'true' : 'false' }, `▲ ${t(on ? 'p.supported' : 'p.support')} · ${t('p.votes', { n: votes })}`);
    btn.addEventListener('click', () => {
      const next = !voted.has(id);
      void call(socket, 'suggestion:vote', { id, on: next }).then((f) => {
        if (next) voted.add(f.id);
        else voted.delete(f.id);
        feed.set(f.id, f);
        renderFeed();
      }, showError);
    });
    return btn;
  }

  let similarTimer: number | undefined;
  function updateChars(): void {
    const max = session?.settings.maxLength ?? text.maxLength;
    $('s-chars').textContent = t('p.chars_left', { n: Math.max(0, max - text.value.length) });
  }
  text.addEventListener('input', () => {
    updateChars();
    window.clearTimeout(similarTimer);
    similarTimer = window.setTimeout(() => void similar(), 500);
  });

  async function similar(): Promise<void> {
    const draft = text.value.trim();
    if (draft.length < 12 || !joined || !socket.connected) return show($('similar'), false);
    const matches = await call(socket, 'suggestion:similar', { text: draft }).catch(() => []);
    const list = $('similar-list');
    list.replaceChildren(
      ...matches.map((m) => h('li', {}, h('span', {}, m.text), ' ', session?.settings.voting && !voted.has(m.id) && !isMine(m.id) ? voteButton(m.id, m.votes) : null)),
    );
    show($('similar'), matches.length > 0);
  }
}
