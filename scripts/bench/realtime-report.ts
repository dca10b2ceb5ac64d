/** The realtime bench's printed report: Rembuk beside the bare Socket.IO relay, and what was checked. */
import type { checkCounters, DriverFloor, Durability } from './checks.js';
import type { LoadResult, Percentiles } from './protocol.js';
import type { RembukServer, ServerStats } from './targets.js';
export interface TargetReport {
  result: Omit<LoadResult, 'acks'>;
  server: ServerStats;
  durability?: Durability;
}

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
export const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
export const errorsOf = (r: Omit<LoadResult, 'acks'>) => sum(r.ackErrors) + r.ackTimeouts;
export const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

export function ratios(a: Omit<LoadResult, 'acks'>, b: Omit<LoadResult, 'acks'>) {
  const of = (x: Percentiles, y: Percentiles) => ({ p50: ratio(x.p50, y.p50), p95: ratio(x.p95, y.p95), p99: ratio(x.p99, y.p99) });
  return { ack: of(a.ackLatency, b.ackLatency), moderator: of(a.moderatorLatency, b.moderatorLatency) };
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

export interface RunFacts {
  participants: number;
  rate: number;
  seconds: number;
  sessions: number;
  feed: boolean;
  database: string;
}

export function printReport(opts: RunFacts, rembuk: TargetReport, bare: TargetReport, rembukLog: RembukServer): void {
  const r = ratios(rembuk.result, bare.result);
  const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)}x` : 'n/a');
  const row = (name: string, t: TargetReport) => [
    name,
    ms(t.result.ackLatency.p50),
    ms(t.result.ackLatency.p95),
    ms(t.result.ackLatency.p99),
    ms(t.result.moderatorLatency.p50),
    ms(t.result.moderatorLatency.p95),
    ms(t.result.moderatorLatency.p99),
    t.result.throughput.toFixed(1),
    String(errorsOf(t.result)),
    t.durability ? String(t.durability.lost) : 'n/a',
    t.durability ? String(t.durability.duplicated) : 'n/a',
  ];
  const out: string[] = [];
  out.push(
    `Realtime bench: ${opts.participants} participants, ${opts.rate} suggestions/s for ${opts.seconds} s ` +
      `in ${opts.sessions} session(s) (${rembuk.result.planned} submissions per target), ${opts.feed ? 'no pre-moderation, feed to every phone (the bare relay has no feed)' : 'pre-moderation on'}, database ${opts.database}; latencies in ms`,
    '',
    table([
      ['target', 'ack p50', 'ack p95', 'ack p99', 'mod p50', 'mod p95', 'mod p99', 'acks/s', 'errors', 'lost', 'dup'],
      row('Rembuk', rembuk),
      row('bare Socket.IO', bare),
      ['Rembuk/bare', x(r.ack.p50), x(r.ack.p95), x(r.ack.p99), x(r.moderator.p50), x(r.moderator.p95), x(r.moderator.p99), '', '', '', ''],
    ]),
    '',
  );
  for (const [name, t] of [['Rembuk', rembuk], ['bare Socket.IO', bare]] as const) {
    const res = t.result;
    const errs = Object.entries(res.ackErrors).map(([k, v]) => `${k} ${v}`);
    const joinErrs = Object.entries(res.joinErrors).map(([k, v]) => `${k} ${v}`);
    out.push(
      `${name}:`,
      `  joined ${res.joined}/${opts.participants} in ${(res.joinPhaseMs / 1000).toFixed(1)} s (join p50 ${ms(res.joinLatency.p50)}, p95 ${ms(res.joinLatency.p95)} ms)` +
        (joinErrs.length ? `; join errors: ${joinErrs.join(', ')}` : ''),
      `  sent ${res.sent}/${res.planned}, acked ok ${res.acked}, error acks ${sum(res.ackErrors)}${errs.length ? ` (${errs.join(', ')})` : ''}, timeouts ${res.ackTimeouts}` +
        (res.unexpectedDuplicates ? `, unexpected duplicate:true acks ${res.unexpectedDuplicates}` : ''),
      `  moderator saw ${res.moderatorSaw}/${res.acked} acked (missed ${res.moderatorMissed}, unmatched upserts ${res.moderatorUnmatched}, mod:upsert events ${res.moderatorEvents})`,
      `  max: ack ${ms(res.ackLatency.max)} ms, moderator ${ms(res.moderatorLatency.max)} ms; mean: ack ${ms(res.ackLatency.mean)} ms, moderator ${ms(res.moderatorLatency.mean)} ms`,
      `  ack p50/p95 ms by 5-s window of send time: ${res.timeline.map((w) => `${w.fromSecond}s ${ms(w.ackP50)}/${ms(w.ackP95)}`).join(', ')}`,
      `  server: peak RSS ${t.server.peakRssMiB?.toFixed(0) ?? '?'} MiB, CPU ${t.server.cpuPercent?.toFixed(0) ?? '?'}% of one core over the load run; ` +
        `load generator: CPU ${(res.loadCpuMs / 1000).toFixed(1)} s, max send lag ${ms(res.generatorLagMaxMs)} ms, disconnects ${res.disconnects}`,
    );
  }
  const d = rembuk.durability!;
  out.push(
    `Rembuk server: ${rembukLog.command}${rembukLog.fallbackReason ? ` (the built dist/ server failed to start: ${rembukLog.fallbackReason})` : ''}`,
    `Rembuk server log (LOG_LEVEL=warn): ${rembukLog.logCounts.warn} warn, ${rembukLog.logCounts.error} error lines` +
      (rembukLog.firstErrors.length ? `; first: ${rembukLog.firstErrors.join(' | ')}` : ''),
    `Durability (MongoDB, after server stop): ${d.stored} stored for ${d.acked} acked; lost ${d.lost}, duplicated ${d.duplicated}, ` +
      `ack id mismatches ${d.idMismatch}, stored without ok ack ${d.storedWithoutAck} -> ${d.ok ? 'OK' : 'FAIL'}`,
  );
  if (!d.ok) out.push('', '!!!!! FAIL: acknowledged suggestions were lost or duplicated !!!!!');
  console.log(out.join('\n'));
}

export interface Checks {
  floors: DriverFloor[];
  counters: Awaited<ReturnType<typeof checkCounters>>;
  machine: { cpus: number; loadavg1mBefore: number; loadavg1mAfter: number };
  ferretdbCpuMs?: number;
  /** Every PostgreSQL process (FerretDB's storage) over the Rembuk run. */
  postgresCpuMs: number;
}

/** The lines after the table: the driver floor, the kept counters, where the database time went, the machine. */
export function printChecks(rembuk: TargetReport, c: Checks, rembukLog: RembukServer): void {
  const out: string[] = [];
  for (const f of c.floors) {
    out.push(
      `Driver floor (insertOne one by one, ${f.writers} concurrent writers, same database, after the run): ${f.perSecond.toFixed(0)} inserts/s, ` +
        `p50/p99 ${ms(f.latency.p50)}/${ms(f.latency.p99)} ms; Rembuk acked ${rembuk.result.throughput.toFixed(0)}/s ` +
        `(${(rembuk.result.throughput / f.perSecond).toFixed(2)}x the floor; the offered rate caps it)`,
    );
  }
  const k = c.counters;
  out.push(
    `Kept counters: the last session:stats of ${k.equal}/${k.sessions} session(s) equal a full count` +
      (k.mismatches.length ? ` (MISMATCH: ${k.mismatches.slice(0, 3).join('; ')})` : '') +
      `; that full count takes ${ms(k.countMs)} ms on the idle database (every refresh paid it before counters were kept)`,
  );
  const top = rembukLog.dbProfile.slice(0, 8).map((t) => `${t.command} ${t.n}x ${(t.totalMs / 1000).toFixed(1)} s (max ${ms(t.maxMs)} ms)`);
  if (top.length) out.push(`Database time by command over the server's life (driver-measured, overlapping): ${top.join('; ')}`);
  out.push(`Machine: ${c.machine.cpus} CPUs, 1-min load average ${c.machine.loadavg1mBefore.toFixed(2)} before, ${c.machine.loadavg1mAfter.toFixed(2)} after`);
  const s = (v: number | undefined) => (v === undefined ? '?' : (v / 1000).toFixed(1));
  const r = rembuk.result;
  out.push(
    `CPU during the Rembuk run (${(r.joinPhaseMs / 1000 + r.submitPhaseMs / 1000).toFixed(0)} s of joins and submissions, ${c.machine.cpus} cores): ` +
      `server ${s(rembuk.server.cpuMs)} s, FerretDB ${s(c.ferretdbCpuMs)} s, PostgreSQL ${s(c.postgresCpuMs)} s, load generator ${s(r.loadCpuMs)} s (submit phase only)`,
  );
  console.log(out.join('\n'));
}
