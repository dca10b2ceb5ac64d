import { expect } from 'chai';
import type { Role } from '../server/auth/auth.rules.js';
import { User } from '../server/auth/user.model.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { Agent } from './harness/http.js';
import { rawAck, type ClientSocket } from './harness/socket.js';
import { signedInAgent } from './harness/factories.js';
import { liveSession } from './harness/live.js';

/**
 * The authorization matrix, checked end to end: every role-restricted route and socket event
 * against anonymous visitors, participants, each staff role, and staff revoked while connected.
 * `allow` = past the identity and role checks (it may still fail validation or find nothing).
 */
type Outcome = 'allow' | 'unauthenticated' | 'forbidden' | 'disconnected';
type Who = 'anonymous' | 'participant' | 'moderator' | 'planner' | 'admin' | 'revoked';
const WHO: Who[] = ['anonymous', 'participant', 'moderator', 'planner', 'admin', 'revoked'];

const expected = (roles: Role[] | 'participant' | 'any', who: Who): Outcome => {
  if (roles === 'any') return 'allow';
  if (roles === 'participant') return who === 'participant' ? 'allow' : who === 'revoked' ? 'disconnected' : 'unauthenticated';
  if (who === 'revoked') return 'disconnected';
  if (who === 'anonymous' || who === 'participant') return 'unauthenticated';
  return who === 'admin' || roles.includes(who) ? 'allow' : 'forbidden';
};

const MOD: Role[] = ['moderator'];
const PLAN: Role[] = ['planner'];
const BOTH: Role[] = ['moderator', 'planner'];
const OID = '000000000000000000000000';
/** Participant events check identity after validation, so they get valid payloads; staff events check roles first. */
const PAYLOADS: Record<string, unknown> = {
  'suggestion:submit': { clientId: 'matrix-0001', text: 'Pelatihan desain produk untuk perajin' },
  'suggestion:edit': { id: OID, text: 'Teks baru' },
  'suggestion:withdraw': { id: OID },
  'suggestion:vote': { id: OID, on: true },
  'suggestion:similar': { text: 'pelatihan desain produk' },
};
const SOCKET_EVENTS: [string, Role[] | 'participant' | 'any'][] = [
  ['system:ping', 'any'],
  ['participant:hello', 'any'],
  ['participant:join', 'any'],
  ['staff:whoami', ['admin', 'moderator', 'planner']],
  ['mod:join', MOD],
  ['projector:join', BOTH],
  ...(['mod:approve', 'mod:reject', 'mod:edit', 'mod:merge', 'mod:unmerge', 'mod:pin', 'mod:highlight', 'mod:tag'] as const).map(
    (e): [string, Role[]] => [e, MOD],
  ),
  ...(['session:control', 'session:prompt', 'session:add-prompt', 'session:settings'] as const).map((e): [string, Role[]] => [e, MOD]),
  ...(['themes:join', 'themes:run', 'themes:edit', 'themes:matrix', 'report:export'] as const).map((e): [string, Role[]] => [e, PLAN]),
  ...(['suggestion:submit', 'suggestion:edit', 'suggestion:withdraw', 'suggestion:vote', 'suggestion:similar'] as const).map(
    (e): [string, 'participant'] => [e, 'participant'],
  ),
];

describe('authorization matrix', () => {
  useDatabase('authorization');
  let srv: TestServer;
  let live: Awaited<ReturnType<typeof liveSession>>;
  const agents = {} as Record<Who, Agent>;
  let revokedId = '';
  let forumId = '';
  before(async () => {
    srv = await startTestServer();
    live = await liveSession(srv);
    forumId = String(live.session.forumId);
    agents.anonymous = new Agent(srv.url);
    agents.participant = new Agent(srv.url); // participants hold no HTTP identity: a phone is anonymous to routes
    agents.moderator = live.agent;
    agents.planner = (await signedInAgent(srv.url, 'planner')).agent;
    agents.admin = (await signedInAgent(srv.url, 'admin')).agent;
    const revoked = await signedInAgent(srv.url, 'moderator');
    agents.revoked = revoked.agent;
    revokedId = revoked.staff.id;
  });
  after(async () => {
    live.close();
    await srv.close();
  });

  it('socket events', async function () {
    this.timeout(60_000);
    const outcome = async (who: Who, event: string): Promise<Outcome> => {
      let s: ClientSocket;
      if (who === 'revoked') {
        await User.updateOne({ _id: revokedId }, { $set: { disabled: false } });
        s = await live.socket(agents.revoked.cookieHeader());
        await User.updateOne({ _id: revokedId }, { $set: { disabled: true } }); // revoked while the socket is open
      } else if (who === 'participant') {
        s = (await live.participant()).socket;
      } else {
        s = await live.socket(who === 'anonymous' ? undefined : agents[who].cookieHeader());
      }
      try {
        const ack = await Promise.race([
          rawAck(s, event, PAYLOADS[event] ?? {}),
          new Promise<'disconnected'>((resolve) => s.once('disconnect', () => resolve('disconnected'))),
        ]);
        if (ack === 'disconnected') return 'disconnected';
        if (!ack.ok && (ack.error.id === 'unauthenticated' || ack.error.id === 'forbidden')) {
          // A participant event refused for a socket that has not joined says so; that is not a role refusal.
          return ack.error.id;
        }
        return 'allow';
      } finally {
        s.disconnect();
      }
    };
    const got: Record<string, Record<Who, Outcome>> = {};
    const want: Record<string, Record<Who, Outcome>> = {};
    for (const [event, roles] of SOCKET_EVENTS) {
      got[event] = {} as Record<Who, Outcome>;
      want[event] = {} as Record<Who, Outcome>;
      for (const who of WHO) {
        want[event][who] = expected(roles, who);
        got[event][who] = await outcome(who, event);
      }
    }
    // A socket revoked while open is closed at its first event, whatever the event.
    want['system:ping']!.revoked = 'disconnected';
    want['participant:join']!.revoked = 'disconnected';
    want['participant:hello']!.revoked = 'disconnected';
    expect(got).to.deep.equal(want);
  });

  it('routes', async function () {
    this.timeout(60_000);
    const sid = live.id;
    const routes: [string, string, Role[]][] = [
      ['GET', '/forums', BOTH],
      ['POST', '/forums', MOD],
      ['GET', `/forums/${forumId}`, BOTH],
      ['POST', `/forums/${forumId}/sessions`, MOD],
      ['GET', `/forums/${forumId}/themes`, PLAN],
      ['GET', `/sessions/${sid}`, MOD],
      ['GET', `/sessions/${sid}/projector`, BOTH],
      ['GET', `/sessions/${sid}/audit`, BOTH],
      ['GET', `/sessions/${sid}/audit.csv`, BOTH],
      ['GET', `/forums/${forumId}/reports`, PLAN],
      ['POST', `/forums/${forumId}/reports/preview`, PLAN],
      ['POST', `/forums/${forumId}/reports`, PLAN],
      ['GET', '/reports/000000000000000000000000', PLAN],
      ['GET', '/reports/000000000000000000000000/download/csv', PLAN],
      ['GET', `/forums/${forumId}/import`, BOTH],
      ['POST', `/forums/${forumId}/import/preview`, BOTH],
      ['POST', `/forums/${forumId}/import/confirm`, BOTH],
      ['POST', `/forums/${forumId}/imports/${OID}/undo`, BOTH],
      ['POST', `/forums/${forumId}/results`, BOTH],
      ['GET', '/api/admin/users', ['admin']],
      ['POST', '/api/admin/users', ['admin']],
      ['PATCH', `/api/admin/users/${revokedId}`, ['admin']],
    ];
    await User.updateOne({ _id: revokedId }, { $set: { disabled: true } });
    const got: Record<string, Record<Who, Outcome>> = {};
    const want: Record<string, Record<Who, Outcome>> = {};
    for (const [method, path, roles] of routes) {
      const key = `${method} ${path}`;
      got[key] = {} as Record<Who, Outcome>;
      want[key] = {} as Record<Who, Outcome>;
      for (const who of WHO) {
        // Over HTTP a revoked sign-in is simply no sign-in: the cookie no longer resolves.
        want[key][who] = who === 'revoked' ? 'unauthenticated' : expected(roles, who);
        const res = method === 'GET' ? await agents[who].get(path, { accept: 'application/json' }) : await agents[who].sendJson(method, path, {});
        got[key][who] = res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'forbidden' : 'allow';
      }
    }
    expect(got).to.deep.equal(want);
  });

  it('sends a signed-out browser to the sign-in page for downloads, and gives it no file', async () => {
    for (const path of [`/sessions/${live.id}/audit.csv`, '/reports/000000000000000000000000/download/csv']) {
      const res = await agents.anonymous.get(path, { accept: 'text/html' });
      expect(res.status, path).to.equal(302);
      expect(res.headers.get('location'), path).to.equal('/login');
      expect(res.headers.get('content-disposition'), path).to.equal(null);
    }
  });
});
