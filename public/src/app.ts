import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/realtime/events.js';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Staff home: shows the live connection state and checks identity over the socket. */
function liveStatus(el: HTMLElement): void {
  const socket: AppSocket = io({ transports: ['websocket', 'polling'] });
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

document.addEventListener('DOMContentLoaded', () => {
  const live = document.getElementById('live-status');
  if (live) liveStatus(live);
});
