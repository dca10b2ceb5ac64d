/**
 * What the bench driver (scripts/bench-realtime.ts) and its child processes
 * (scripts/bench/realtime-load.ts, scripts/bench/bare-server.ts) say to each other over the
 * Node IPC channel, plus the small statistics helpers both sides use.
 */

import type { SessionStats } from '../../server/realtime/events.js';

/** Sent by the driver to the load process: one run against one target. */
/** One live session under load: participants join it by code, its moderator by id. */
export interface BenchSession {
  code: string;
  sessionId: string;
  /** Cookie header for the moderator socket (Rembuk staff session), if any. */
  cookie?: string;
}

export interface LoadConfig {
  label: string;
  /** Base URLs of the Socket.IO servers, e.g. http://127.0.0.1:4321; participant i and the moderator of session i use urls[i % n]. */
  urls: string[];
  /** Participant i joins sessions[i % n]; each session has one moderator socket. */
  sessions: BenchSession[];
  participants: number;
  /** Global submissions per second, spread round-robin over the participants. */
  rate: number;
  seconds: number;
  /** Per-call ack timeout. */
  ackTimeoutMs: number;
  /** How long to wait after the last submit for outstanding acks and moderator updates. */
  stragglerMs: number;
  /** Participants connecting and joining at the same time during the join phase. */
  joinConcurrency: number;
  /** Prefix that makes every clientId of this run unique. */
  runTag: string;
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** One acknowledged submission, for the durability check in the driver. */
export interface AckedSubmission {
  participantId: string;
  clientId: string;
  suggestionId: string;
}

export interface LoadResult {
  label: string;
  /** Participant sockets that connected and joined. */
  joined: number;
  joinErrors: Record<string, number>;
  /** connect + participant:join, per participant. */
  joinLatency: Percentiles;
  joinPhaseMs: number;
  planned: number;
  sent: number;
  acked: number;
  /** Error acks by error id. */
  ackErrors: Record<string, number>;
  ackTimeouts: number;
  /** Acks that said `duplicate: true` for a clientId sent only once. */
  unexpectedDuplicates: number;
  /** Acked suggestions the moderator socket saw as mod:upsert. */
  moderatorSaw: number;
  /** Acked suggestions the moderator socket never saw (within the straggler window). */
  moderatorMissed: number;
  /** mod:upsert events whose id matches no ok ack (e.g. the ack timed out or failed). */
  moderatorUnmatched: number;
  moderatorEvents: number;
  /** submit -> ok ack, ms */
  ackLatency: Percentiles;
  /** submit -> first mod:upsert of that suggestion on the moderator socket, ms */
  moderatorLatency: Percentiles;
  /** ok acks per second, from the first submit to the last ok ack. */
  throughput: number;
  /** Largest delay between a submission's scheduled and actual send time (generator lag). */
  generatorLagMaxMs: number;
  /** Socket disconnects seen during the run (participants + moderator). */
  disconnects: number;
  /** CPU time the load process used while submitting, ms (user+system). */
  loadCpuMs: number;
  submitPhaseMs: number;
  /** Ack latency by send time, in windows of `windowSeconds`, to show drift during the run. */
  timeline: { fromSecond: number; sent: number; ackP50: number; ackP95: number; ackMax: number }[];
  /** The last session:stats each session's moderator received (Rembuk only). */
  lastStats: Record<string, SessionStats>;
  acks: AckedSubmission[];
}

export type ToLoad = { type: 'run'; config: LoadConfig };
export type FromLoad =
  | { type: 'progress'; message: string }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string };

export type FromBare = { type: 'listening'; port: number };

/** Nearest-rank percentiles of a sample (ms values); zeros when empty. */
export function percentiles(values: number[]): Percentiles {
  const n = values.length;
  if (n === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  return { n, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[n - 1]!, mean };
}
