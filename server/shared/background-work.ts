/**
 * Work a server starts in the background (coalesced refreshes, live-theme runs): none starts once
 * the server is stopping, and `stop()` resolves when what was running has ended, so the database
 * is closed after it, not under it. A failure goes to `onError`, never to the caller.
 */
export function backgroundWork(onError: (err: unknown) => void) {
  let stopping = false;
  const running = new Set<Promise<void>>();
  return {
    isStopping: () => stopping,
    /** Starts `work` and returns its promise (settled, never rejected), or undefined when stopping. */
    start(work: () => Promise<void>): Promise<void> | undefined {
      if (stopping) return undefined;
      const done: Promise<void> = work()
        .catch(onError)
        .finally(() => running.delete(done));
      running.add(done);
      return done;
    },
    async stop(): Promise<void> {
      stopping = true;
      await Promise.all(running);
    },
  };
}

export type BackgroundWork = ReturnType<typeof backgroundWork>;
