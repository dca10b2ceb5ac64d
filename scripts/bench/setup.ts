/**
 * Prepares a live session on a running Rembuk server the way staff would: an account inserted with
 * the project's own model and password hashing (mongoose must already be connected to the
 * server's database), then sign-in, forum and session over HTTP forms with CSRF, then the moderator
 * console over Socket.IO (mod:join, open, pre-moderation on unless --feed).
 */
import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { User } from '../../server/auth/user.model.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Ack, ClientToServerEvents, ModeratorState } from '../../server/realtime/events.js';
import type { PublicSession } from '../../server/sessions/session.presenter.js';

/** Keeps cookies and the page's CSRF token, like a browser tab. */
export class Agent {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, form?: Record<string, string>): Promise<{ status: number; location: string | null; text: string }> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ ...form, _csrf: this.csrfToken }).toString();
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrfToken = token;
    return { status: res.status, location: res.headers.get('location'), text };
  }

  /** Posts a form and expects the 303 redirect; returns the Location. */
  async postForm(path: string, form: Record<string, string>): Promise<string> {
    const res = await this.request('POST', path, form);
    if (res.status !== 303 || !res.location) throw new Error(`POST ${path}: expected 303, got ${res.status}: ${res.text.slice(0, 300)}`);
    return res.location;
  }
}

async function ack<T>(socket: Socket, event: keyof ClientToServerEvents, payload: unknown): Promise<T> {
  const res = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack<T>;
  if (!res.ok) throw new Error(`${event} refused: ${res.error.id}: ${res.error.message}${res.error.detail ? ` (${res.error.detail})` : ''}`);
  return res.data;
}

export interface LiveSession {
  sessionId: string;
  forumId: string;
  code: string;
  /** Cookie header of the signed-in staff member, for the moderator socket. */
  cookie: string;
  staffEmail: string;
}

/** A staff member (admin) created in the database and signed in over HTTP, as a browser would. */
export async function signInStaff(baseUrl: string): Promise<{ agent: Agent; email: string }> {
  const email = `bench-${randomBytes(4).toString('hex')}@contoh.id`;
  const password = randomBytes(15).toString('base64url');
  // An admin (may do everything a moderator may); with no admin at all /login would redirect to /setup.
  await User.create({ email, name: 'Moderator Bench', role: 'admin', passwordHash: await hashPassword(password) });

  const agent = new Agent(baseUrl);
  await agent.request('GET', '/login');
  if (!agent.csrfToken) throw new Error('GET /login gave no csrf-token meta tag');
  await agent.postForm('/login', { email, password });
  if (!agent.cookieHeader().includes('rembuk_sid=')) throw new Error('signed in but got no rembuk_sid cookie');
  return { agent, email };
}

/**
 * A forum with one live session, made by `staff` (signed in once: /login is rate-limited per
 * address). Pre-moderation on; `feed`: off, with the feed shown, so every suggestion goes to
 * every phone in the room as it arrives.
 */
export async function prepareLiveSession(baseUrl: string, staff?: { agent: Agent; email: string }, { feed = false } = {}): Promise<LiveSession> {
  const { agent, email } = staff ?? (await signInStaff(baseUrl));
  const forumPath = await agent.postForm('/forums', { title: 'Road Map Ekonomi Kreatif (bench)', description: 'Forum untuk uji beban realtime' });
  const forumId = /\/forums\/([0-9a-f]{24})$/.exec(forumPath)?.[1];
  if (!forumId) throw new Error(`unexpected forum redirect ${forumPath}`);
  const sessionPath = await agent.postForm(`/forums/${forumId}/sessions`, {
    title: 'Malang Digital Reunion (bench)',
    prompts: 'Apa usulan Anda untuk ekonomi kreatif Malang?\nSiapa yang harus terlibat?',
  });
  const sessionId = /\/sessions\/([0-9a-f]{24})$/.exec(sessionPath)?.[1];
  if (!sessionId) throw new Error(`unexpected session redirect ${sessionPath}`);

  const cookie = agent.cookieHeader();
  const socket: Socket = connect(baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie } });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const state = await ack<ModeratorState>(socket, 'mod:join', { sessionId });
    await ack<PublicSession>(socket, 'session:control', { action: 'open' });
    const session = await ack<PublicSession>(socket, 'session:settings', feed ? { preModeration: false, showFeed: true } : { preModeration: true });
    if (session.status !== 'live' || session.settings.preModeration === feed) throw new Error(`session not open as asked: ${JSON.stringify(session)}`);
    return { sessionId, forumId, code: state.session.joinCode, cookie, staffEmail: email };
  } finally {
    socket.close();
  }
}
