import { randomBytes } from 'node:crypto';
import type { JoinResult, ModeratorState } from '../../server/realtime/events.js';
import type { SettingsChange } from '../../server/sessions/sessions.service.js';
import { Forum } from '../../server/forums/forum.model.js';
import type { TestServer } from './server.js';
import { FORUM_SUGGESTIONS } from '../fixtures/forum-suggestions.js';
import { connectSocket, emitWithAck, type ClientSocket } from './socket.js';
import { signedInAgent } from './factories.js';

export const clientId = () => randomBytes(8).toString('hex');

/**
 * A forum with one live session (no pre-moderation) holding the realistic fixture suggestions,
 * sent by phones with the given pentahelix roles in turn. For theme and report tests.
 */
export async function seededForum(srv: TestServer, roles: string[], title = 'Road Map Ekonomi Kreatif Kota Malang 2026-2030') {
  const live = await liveSession(srv, { settings: { preModeration: false } });
  const phones = await Promise.all(roles.map((role) => live.participant({ role })));
  for (const [i, s] of FORUM_SUGGESTIONS.entries()) {
    await emitWithAck(phones[i % phones.length]!.socket, 'suggestion:submit', { clientId: clientId(), text: s.text });
  }
  await Forum.updateOne({ _id: live.session.forumId }, { $set: { title } });
  return { live, forumId: String(live.session.forumId) };
}

/** A live session with a signed-in moderator socket already in the console. */
export async function liveSession(srv: TestServer, opts: { settings?: SettingsChange; prompts?: string[]; open?: boolean } = {}) {
  const { agent, staff } = await signedInAgent(srv.url, 'moderator');
  const actor = { id: staff.id, name: 'Moderator Uji', email: staff.email, role: 'moderator' as const };
  const forum = await Forum.create({ title: 'Road Map Ekonomi Kreatif', createdBy: staff.id });
  let session = await srv.services.sessions.create(String(forum._id), { title: 'Malang Digital Reunion', prompts: opts.prompts ?? ['Apa usulan Anda?', 'Siapa yang harus terlibat?'] }, actor);
  const id = String(session._id);
  if (opts.settings) session = await srv.services.sessions.updateSettings(id, opts.settings, actor);
  if (opts.open !== false) session = await srv.services.sessions.control(id, 'open', actor);
  const sockets: ClientSocket[] = [];
  const moderator = await connectSocket(srv.url, agent.cookieHeader());
  sockets.push(moderator);
  const state = await emitWithAck<ModeratorState>(moderator, 'mod:join', { sessionId: id });

  return {
    id,
    code: session.joinCode,
    session,
    actor,
    agent,
    moderator,
    state,
    /** A participant's phone: a socket that has joined the session. */
    async participant(extra: Record<string, unknown> = {}): Promise<{ socket: ClientSocket; join: JoinResult }> {
      const socket = await connectSocket(srv.url);
      sockets.push(socket);
      const join = await emitWithAck<JoinResult>(socket, 'participant:join', { code: session.joinCode, consent: true, ...extra });
      return { socket, join };
    },
    async socket(cookie?: string): Promise<ClientSocket> {
      const s = await connectSocket(srv.url, cookie);
      sockets.push(s);
      return s;
    },
    close(): void {
      sockets.forEach((s) => s.disconnect());
    },
  };
}
