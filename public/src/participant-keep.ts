/**
 * What a participant's phone keeps through trouble: the draft being typed (across reloads) and a
 * quick sense of being offline. Socket.IO notices a silent network loss by its heartbeat (the
 * server pings every 2 s; no ping for 5 s closes the connection, see server/realtime/io.ts); the
 * browser's own `offline` event, when the phone knows, is acted on at once.
 */
import type { AppSocket } from './lib/socket.js';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Saves the textarea's text under `key` as it is typed and puts it back when the page loads. */
export function keepDraft(area: HTMLTextAreaElement, store: KeyValueStore, key: string): { clear(): void } {
  const saved = store.getItem(key);
  if (saved && !area.value) area.value = saved;
  area.addEventListener('input', () => {
    try {
      if (area.value) store.setItem(key, area.value);
      else store.removeItem(key);
    } catch {
      // Storage full or refused (private mode): the draft simply is not kept.
    }
  });
  return { clear: () => store.removeItem(key) };
}

/**
 * Follows the browser's online/offline events: going offline closes the socket at once (the page
 * shows it and queues what is sent), coming back reconnects without waiting for the next retry.
 */
export function followBrowserOnline(socket: AppSocket): void {
  window.addEventListener('offline', () => {
    if (socket.connected) socket.io.engine.close();
  });
  window.addEventListener('online', () => {
    if (!socket.connected) socket.connect();
  });
}
