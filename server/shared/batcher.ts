import DataLoader from 'dataloader';

/**
 * Batches calls that arrive while the previous batch is still running (group commit): the first
 * call on an idle batcher runs on the next turn of the event loop, and every call made meanwhile
 * joins the next batch, which starts as soon as the running one ends. Under light load a batch is
 * one call, so nothing waits on a timer; under heavy load batches grow with the database's round
 * trip instead of queueing one round trip per call. `run` returns one result (or Error) per key,
 * in order; DataLoader (cache off) hands each caller its own.
 */
export function batcher<K, V>(run: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, maxBatch = 500): (key: K) => Promise<V> {
  let busy: Promise<unknown> = Promise.resolve();
  const loader = new DataLoader<K, V>(
    (keys) => {
      const done = run(keys);
      busy = done.catch(() => undefined);
      return done;
    },
    { cache: false, maxBatchSize: maxBatch, batchScheduleFn: (dispatch) => void busy.then(() => setImmediate(dispatch)) },
  );
  return (key) => loader.load(key);
}
