import { connect } from './lib/socket.js';
import { participantPage } from './participant.js';
import { moderatorConsole } from './moderator.js';
import { projectorView } from './projector.js';
import { themesPage } from './themes.js';
import { importPage } from './import.js';

/** Staff home: shows the live connection state and checks identity over the socket. */
function liveStatus(el: HTMLElement): void {
  const socket = connect();
  const show = (state: 'connecting' | 'connected' | 'offline') => {
    el.dataset.state = state;
    el.textContent = el.dataset[`text${state[0]!.toUpperCase()}${state.slice(1)}`] ?? state;
  };
  socket.on('connect', () => {
    socket.emit('staff:whoami', {}, (res) => show(res.ok ? 'connected' : 'offline'));
  });
  socket.on('disconnect', () => show('offline'));
  socket.io.on('reconnect_attempt', () => show('connecting'));
}

const pages: [string, (el: HTMLElement) => void][] = [
  ['live-status', liveStatus],
  ['participant-app', participantPage],
  ['console-app', moderatorConsole],
  ['projector-app', projectorView],
  ['themes-app', themesPage],
  ['import-app', importPage],
];

document.addEventListener('DOMContentLoaded', () => {
  for (const [id, start] of pages) {
    const el = document.getElementById(id);
    if (el) start(el);
  }
});
