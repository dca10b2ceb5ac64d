/**
 * Load generator for scripts/bench-realtime.ts, run in its own process (`node --import tsx`) so it
 * never shares an event loop with the server under test. It receives one LoadConfig over IPC,
 * connects N participant sockets and one moderator socket, submits suggestions open-loop at a
 * fixed global rate (round-robin over the participants) and sends back a LoadResult. Every time
 * stamp comes from performance.now() in this one process, so all latencies share one clock.
 */
import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents, SessionStats } from '../../server/realtime/events.js';
import { percentiles, type AckedSubmission, type FromLoad, type LoadConfig, type LoadResult, type ToLoad } from './protocol.js';
import { suggestionText } from './texts.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type SubmitAck = Ack<{ suggestion: { id: string }; duplicate?: boolean }>;

interface Participant {
  socket: ClientSocket;
  id: string;
}

interface Submission {
  participantId: string;
  clientId: string;
  sentAt: number;
  ackAt?: number;
  suggestionId?: string;
  outcome?: 'ok' | 'error' | 'timeout';
}

function send(msg: FromLoad): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(msg, undefined, {}, () => resolve());
  });
}

const progress = (message: string) => void send({ type: 'progress', message });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

function open(url: string, cookie?: string): Promise<ClientSocket> {
  const socket: ClientSocket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 20_000,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

async function run(cfg: LoadConfig): Promise<LoadResult> {
  const sockets: ClientSocket[] = [];
  let disconnects = 0;
  let measuring = false;
  const watch = (s: ClientSocket) => {
    sockets.push(s);
    s.on('disconnect', () => {
      if (measuring) disconnects++;
    });
  };

  try {
    // Moderators first (one per session), so they are in the console before anything is submitted.
    const modSeen = new Map<string, number>();
    const lastStats: Record<string, SessionStats> = {};
    let moderatorEvents = 0;
    for (const [k, session] of cfg.sessions.entries()) {
      const moderator = await open(cfg.urls[k % cfg.urls.length]!, session.cookie);
      watch(moderator);
      moderator.on('mod:upsert', (view) => {
        const at = performance.now();
        moderatorEvents++;
        if (!modSeen.has(view.id)) modSeen.set(view.id, at);
      });
      moderator.on('session:stats', (stats) => void (lastStats[session.sessionId] = stats));
      const modJoin = (await moderator.timeout(cfg.ackTimeoutMs).emitWithAck('mod:join', { sessionId: session.sessionId })) as Ack<unknown>;
      if (!modJoin.ok) throw new Error(`mod:join refused: ${modJoin.error.id}: ${modJoin.error.message}`);
    }

    // Join phase: N participant phones, a bounded number at a time.
    const joinStarted = performance.now();
    const joined: (Participant | undefined)[] = new Array(cfg.participants);
    const joinLatency: number[] = [];
    const joinErrors: Record<string, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < cfg.participants) {
        const i = next++;
        const t0 = performance.now();
        try {
          const socket = await open(cfg.urls[i % cfg.urls.length]!);
          watch(socket);
          const code = cfg.sessions[i % cfg.sessions.length]!.code;
          const res = (await socket.timeout(cfg.ackTimeoutMs).emitWithAck('participant:join', { code, consent: true })) as Ack<{ participant: { id: string } }>;
          if (!res.ok) {
            bump(joinErrors, res.error.id);
            socket.close();
            continue;
          }
          joinLatency.push(performance.now() - t0);
          joined[i] = { socket, id: res.data.participant.id };
        } catch (err) {
          bump(joinErrors, err instanceof Error ? `${err.message}` : 'join failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(cfg.joinConcurrency, cfg.participants) }, worker));
    const participants = joined.filter((p): p is Participant => !!p);
    const joinPhaseMs = performance.now() - joinStarted;
    progress(`${cfg.label}: ${participants.length}/${cfg.participants} participants joined in ${(joinPhaseMs / 1000).toFixed(1)} s`);
    if (participants.length === 0) throw new Error(`no participant could join: ${JSON.stringify(joinErrors)}`);

    // Submit phase: open loop, one submission every 1000/rate ms whatever the acks do.
    const planned = Math.round(cfg.rate * cfg.seconds);
    const interval = 1000 / cfg.rate;
    const subs: Submission[] = [];
    const ackErrors: Record<string, number> = {};
    let ackTimeouts = 0;
    let unexpectedDuplicates = 0;
    let settled = 0;
    let generatorLagMaxMs = 0;

    const fire = (i: number, scheduledAt: number) => {
      const p = participants[i % participants.length]!;
      const sub: Submission = { participantId: p.id, clientId: `${cfg.runTag}-${i}`, sentAt: performance.now() };
      generatorLagMaxMs = Math.max(generatorLagMaxMs, sub.sentAt - scheduledAt);
      subs.push(sub);
      p.socket.timeout(cfg.ackTimeoutMs).emit('suggestion:submit', { clientId: sub.clientId, text: suggestionText(i) }, (err: Error | null, res: SubmitAck) => {
        sub.ackAt = performance.now();
        settled++;
        if (err) {
          sub.outcome = 'timeout';
          ackTimeouts++;
        } else if (!res.ok) {
          sub.outcome = 'error';
          bump(ackErrors, res.error.id);
        } else {
          sub.outcome = 'ok';
          sub.suggestionId = res.data.suggestion.id;
          if (res.data.duplicate) unexpectedDuplicates++;
        }
      });
    };

    measuring = true;
    const cpuBefore = process.cpuUsage();
    const start = performance.now() + 20;
    let reportAt = start + 5000;
    let i = 0;
    progress(`${cfg.label}: submitting ${planned} suggestions at ${cfg.rate}/s for ${cfg.seconds} s`);
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        while (i < planned && start + i * interval <= now) {
          fire(i, start + i * interval);
          i++;
        }
        if (now >= reportAt) {
          const ok = subs.filter((s) => s.outcome === 'ok').length;
          progress(`${cfg.label}: ${Math.round((now - start) / 1000)} s: sent ${subs.length}, acked ${ok}, outstanding ${subs.length - settled}`);
          reportAt += 5000;
        }
        if (i >= planned) return resolve();
        setTimeout(tick, Math.max(0, start + i * interval - performance.now()));
      };
      setTimeout(tick, Math.max(0, start - performance.now()));
    });
    const lastSend = performance.now();

    // Stragglers: wait for every ack and for the moderator to see every acked suggestion.
    const allSeen = () => subs.every((s) => s.outcome !== 'ok' || modSeen.has(s.suggestionId!));
    while (performance.now() - lastSend < cfg.stragglerMs && !(settled === subs.length && allSeen())) await sleep(10);
    // The consoles' counters are refreshed at most every 500 ms: let the last refresh arrive.
    await sleep(1500);
    const cpu = process.cpuUsage(cpuBefore);
    const submitPhaseMs = performance.now() - start;
    measuring = false;

    const ok = subs.filter((s) => s.outcome === 'ok');
    const okIds = new Set(ok.map((s) => s.suggestionId!));
    const moderatorLatency: number[] = [];
    let moderatorMissed = 0;
    for (const s of ok) {
      const seen = modSeen.get(s.suggestionId!);
      if (seen === undefined) moderatorMissed++;
      else moderatorLatency.push(seen - s.sentAt);
    }
    const firstSend = subs[0]?.sentAt ?? start;
    const lastAck = ok.reduce((m, s) => Math.max(m, s.ackAt!), firstSend);
    const WINDOW_MS = 5000;
    const windows = new Map<number, { sent: number; lat: number[] }>();
    for (const s of subs) {
      const w = Math.floor((s.sentAt - firstSend) / WINDOW_MS);
      const entry = windows.get(w) ?? { sent: 0, lat: [] };
      entry.sent++;
      if (s.outcome === 'ok') entry.lat.push(s.ackAt! - s.sentAt);
      windows.set(w, entry);
    }
    const timeline = [...windows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([w, e]) => {
        const p = percentiles(e.lat);
        return { fromSecond: (w * WINDOW_MS) / 1000, sent: e.sent, ackP50: p.p50, ackP95: p.p95, ackMax: p.max };
      });
    const acks: AckedSubmission[] = ok.map((s) => ({ participantId: s.participantId, clientId: s.clientId, suggestionId: s.suggestionId! }));

    return {
      label: cfg.label,
      joined: participants.length,
      joinErrors,
      joinLatency: percentiles(joinLatency),
      joinPhaseMs,
      planned,
      sent: subs.length,
      acked: ok.length,
      ackErrors,
      ackTimeouts,
      unexpectedDuplicates,
      moderatorSaw: ok.length - moderatorMissed,
      moderatorMissed,
      moderatorUnmatched: [...modSeen.keys()].filter((id) => !okIds.has(id)).length,
      moderatorEvents,
      ackLatency: percentiles(ok.map((s) => s.ackAt! - s.sentAt)),
      moderatorLatency: percentiles(moderatorLatency),
      throughput: ok.length / Math.max(0.001, (lastAck - firstSend) / 1000),
      generatorLagMaxMs,
      disconnects,
      loadCpuMs: (cpu.user + cpu.system) / 1000,
      submitPhaseMs,
      timeline,
      lastStats,
      acks,
    };
  } finally {
    measuring = false;
    for (const s of sockets) s.close();
  }
}

// The driver owns this process: without it (IPC closed) there is nothing left to do.
process.on('disconnect', () => process.exit(1));
process.on('message', (msg: ToLoad) => {
  if (msg.type !== 'run') return;
  run(msg.config).then(
    async (result) => {
      await send({ type: 'result', result });
      process.exit(0);
    },
    async (err: unknown) => {
      await send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      process.exit(1);
    },
  );
});
