import type { SessionStats } from '../../server/realtime/events.js';
import type { PublicSession } from '../../server/sessions/session.presenter.js';
import type { FeedView } from '../../server/suggestions/suggestion.presenter.js';
import { $, dataJson, fillStats, followFeed, h } from './lib/dom.js';
import { call, connect } from './lib/socket.js';

const SHOWN = 8;
const THEMES_SHOWN = 5;

/** The projector: join code and QR, counts, highlighted/latest approved suggestions, keyword cloud. */
export function projectorView(root: HTMLElement): void {
  const { sessionId } = dataJson<{ sessionId: string }>(root, 'boot');
  const feed = new Map<string, FeedView>();
  const socket = connect();

  const join = () => {
    void call(socket, 'projector:join', { sessionId }).then((state) => {
      feed.clear();
      state.feed.forEach((f) => feed.set(f.id, f));
      applySession(state.session);
      applyStats(state.stats);
      renderCloud(state.keywords);
      renderFeed();
    });
  };
  socket.on('connect', join);
  // An import or its undo changed many suggestions at once: the feed is read again.
  socket.on('mod:resync', join);
  followFeed(socket, feed, renderFeed);
  socket.on('session:state', applySession);
  socket.on('session:stats', applyStats);
  socket.on('projector:keywords', renderCloud);
  socket.on('themes:live', (themes) => {
    $('proj-themes').replaceChildren(...themes.slice(0, THEMES_SHOWN).map((th) => h('li', {}, `${th.label} (${th.size})`)));
    $('proj-themes-wrap').hidden = themes.length === 0;
  });

  function applySession(s: PublicSession): void {
    $('proj-prompt').textContent = s.prompts.find((p) => p.id === s.activePromptId)?.text ?? '';
    root.dataset.status = s.status;
    // Paused, closed or not yet open: the room sees it on the shared screen, in words.
    const banner = $('proj-banner');
    const text = s.status === 'live' ? undefined : banner.dataset[s.status];
    banner.textContent = text ?? '';
    banner.hidden = !text;
  }

  function applyStats(s: SessionStats): void {
    fillStats(root, s);
  }

  function renderFeed(): void {
    // Highlighted first, then pinned, then the newest: what the moderator wants the room to see.
    const items = [...feed.values()]
      .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || Number(b.pinned) - Number(a.pinned) || b.createdAt.localeCompare(a.createdAt))
      .slice(0, SHOWN);
    $('proj-feed').replaceChildren(
      ...items.map((f) => h('li', { class: `proj-item${f.highlighted ? ' highlighted' : ''}`, 'data-id': f.id }, h('span', {}, f.text), f.votes ? h('span', { class: 'votes' }, `▲ ${f.votes}`) : null)),
    );
  }

  function renderCloud(words: { word: string; count: number }[]): void {
    const max = Math.max(1, ...words.map((w) => w.count));
    $('cloud').replaceChildren(
      ...words.map((w) => {
        const span = h('span', { class: 'word', 'data-count': String(w.count) }, w.word);
        span.style.fontSize = `${(0.9 + 1.1 * (w.count / max)).toFixed(2)}em`;
        return span;
      }),
    );
  }
}
