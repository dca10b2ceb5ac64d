import type mongoose from 'mongoose';

export interface CommandTotals {
  /** e.g. "insert suggestions", "aggregate suggestions", "find sessions" */
  command: string;
  n: number;
  totalMs: number;
  maxMs: number;
}

/**
 * Where the database time goes (DB_PROFILE=1, for benchmarks): every command's duration as the
 * driver measured it, summed by command and collection. Needs a connection made with
 * `monitorCommands: true`.
 */
export function profileCommands(connection: typeof mongoose.connection): () => CommandTotals[] {
  const started = new Map<number, string>();
  const totals = new Map<string, CommandTotals>();
  const client = connection.getClient();
  client.on('commandStarted', (e) => {
    const target = (e.command as Record<string, unknown>)[e.commandName];
    started.set(e.requestId, typeof target === 'string' ? `${e.commandName} ${target}` : e.commandName);
  });
  const done = (e: { requestId: number; duration: number }) => {
    const command = started.get(e.requestId);
    if (!command) return;
    started.delete(e.requestId);
    const t = totals.get(command) ?? { command, n: 0, totalMs: 0, maxMs: 0 };
    t.n++;
    t.totalMs += e.duration;
    t.maxMs = Math.max(t.maxMs, e.duration);
    totals.set(command, t);
  };
  client.on('commandSucceeded', done);
  client.on('commandFailed', done);
  return () => [...totals.values()].sort((a, b) => b.totalMs - a.totalMs).map((t) => ({ ...t, totalMs: Math.round(t.totalMs) }));
}
