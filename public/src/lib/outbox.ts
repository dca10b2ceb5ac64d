/**
 * Suggestions not yet acknowledged by the server, kept in localStorage so they survive reloads,
 * network loss and server restarts. Each has a clientId generated here; the server stores it with
 * a unique index, so sending the same item twice never makes a duplicate.
 */
import type { CallPayloads } from './socket.js';

export interface OutboxItem {
  clientId: string;
  text: string;
  promptId?: string;
  category?: string;
  createdAt: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What goes over the wire: the submit payload without local bookkeeping such as createdAt. */
export function submitPayload(item: OutboxItem): CallPayloads['suggestion:submit'] {
  const { clientId, text, promptId, category } = item;
  return { clientId, text, ...(promptId ? { promptId } : {}), ...(category ? { category } : {}) };
}

export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes); // works on plain-http LAN addresses too, unlike randomUUID
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Outbox {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  list(): OutboxItem[] {
    try {
      const parsed = JSON.parse(this.store.getItem(this.key) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as OutboxItem[]) : [];
    } catch {
      return [];
    }
  }

  add(item: OutboxItem): void {
    this.save([...this.list().filter((i) => i.clientId !== item.clientId), item]);
  }

  remove(clientId: string): void {
    this.save(this.list().filter((i) => i.clientId !== clientId));
  }

  private save(items: OutboxItem[]): void {
    this.store.setItem(this.key, JSON.stringify(items));
  }
}
