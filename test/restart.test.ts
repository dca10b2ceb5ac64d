import { expect } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { io, type Socket } from 'socket.io-client';
import { Forum } from '../server/forums/forum.model.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import { createSessionsService } from '../server/sessions/sessions.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { DomainBus } from '../server/shared/bus.js';
import { Outbox, newClientId, submitPayload, type KeyValueStore } from '../public/src/lib/outbox.js';
import type { Ack } from '../server/realtime/events.js';
import { testDbUri, useDatabase } from './harness/db.js';
import { createStaff } from './harness/factories.js';
import { freePort, kill, startServerProcess } from './harness/process.js';

class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
}

/**
 * A participant's phone as the browser code behaves: the outbox (the same class the page uses)
 * keeps every suggestion until the server acknowledges it, and flushes again after reconnecting.
 */
class Phone {
  readonly outbox = new Outbox(new MemoryStore(), 'outbox');
  readonly acked = new Set<string>();
  private token?: string;
  private flushing = false;
  readonly socket: Socket;

  constructor(url: string, private readonly code: string) {
    this.socket = io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
    this.socket.on('connect', () => void this.joinAndFlush());
  }

  queue(n: number, label: string): void {
    for (let i = 0; i < n; i++) this.outbox.add({ clientId: newClientId(), text: `${label} usulan ${i}`, createdAt: new Date().toISOString() });
  }

  private async call(event: string, payload: unknown): Promise<Ack<{ token?: string }>> {
    return (await this.socket.timeout(3000).emitWithAck(event, payload)) as Ack<{ token?: string }>;
  }

  private async joinAndFlush(): Promise<void> {
    try {
      const res = await this.call('participant:join', { code: this.code, consent: true, token: this.token });
      if (!res.ok) return;
      this.token = res.data.token;
      await this.flush();
    } catch {
      // timed out mid-restart: the next 'connect' tries again
    }
  }

  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (const item of this.outbox.list()) {
        const res = await this.call('suggestion:submit', submitPayload(item)).catch(() => null);
        if (!res?.ok) break; // server gone or not ready: keep it, retry after reconnect
        this.acked.add(item.clientId);
        this.outbox.remove(item.clientId);
      }
    } finally {
      this.flushing = false;
    }
  }
}

describe('never losing a suggestion across a server crash', () => {
  const db = useDatabase('restart');
  let server: ChildProcess | undefined;
  after(async () => {
    if (server) await kill(server);
  });

  it('every acknowledged suggestion survives a SIGKILL mid-burst; the outboxes deliver the rest; no duplicates', async function () {
    this.timeout(120_000);
    const port = String(await freePort());
    const base = testDbUri().replace(/\/?$/, '/');
    const env = { PORT: port, HOST: '127.0.0.1', MONGODB_URI: `${base}${db.name}`, SUBMIT_LIMIT_PER_MINUTE: '1000', SUBMIT_IP_LIMIT_PER_MINUTE: '100000' };

    const staff = await createStaff({ role: 'moderator' });
    const actor = { id: staff.id, name: 'Mod', email: staff.email, role: 'moderator' as const };
    const forum = await Forum.create({ title: 'Forum', createdBy: staff.id });
    const sessions = createSessionsService({ bus: new DomainBus(), audit: createAuditService() });
    const session = await sessions.create(String(forum._id), { title: 'Restart', prompts: ['Usulan?'] }, actor);
    await sessions.control(String(session._id), 'open', actor);

    server = await startServerProcess(env);
    const url = `http://127.0.0.1:${port}`;
    const phones = Array.from({ length: 20 }, () => new Phone(url, session.joinCode));
    phones.forEach((p, i) => p.queue(10, `hp${i}`));
    const total = 200;
    phones.forEach((p) => void p.flush());

    // Crash the server once a fair share has been acknowledged, in the middle of the burst.
    const ackedCount = () => phones.reduce((n, p) => n + p.acked.size, 0);
    while (ackedCount() < 40) await new Promise((r) => setTimeout(r, 5));
    await kill(server, 'SIGKILL');
    const ackedBeforeCrash = phones.flatMap((p) => [...p.acked]);
    expect(ackedBeforeCrash.length).to.be.within(40, total - 1);
    const storedAtCrash = await Suggestion.find({ clientId: { $in: ackedBeforeCrash } }).lean();
    expect(storedAtCrash.length, 'every acknowledged suggestion is durable').to.equal(ackedBeforeCrash.length);

    server = await startServerProcess(env);
    const deadline = Date.now() + 60_000;
    while (phones.some((p) => p.outbox.list().length) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      phones.forEach((p) => p.socket.connected && void p.flush());
    }
    expect(phones.map((p) => p.outbox.list().length)).to.deep.equal(phones.map(() => 0));
    const docs = await Suggestion.find({ sessionId: session._id }).lean();
    expect(docs.length, 'no duplicates, nothing lost').to.equal(total);
    expect(new Set(docs.map((d) => d.clientId)).size).to.equal(total);
    expect(phones.reduce((n, p) => n + p.acked.size, 0)).to.equal(total);
    phones.forEach((p) => p.socket.disconnect());
  });
});
