/**
 * The run side of a synthesis's helper thread (synthesiseOffloaded: word analysis and the
 * near-duplicate search; serveHelper in offload.ts is the helper's side).
 */
import type { MessagePort, Worker } from 'node:worker_threads';
import type { HelperMessage, HelperReply, StartHelper, SynthesisHelper } from '../synthesis/offload.js';
import type { LexicalOptions } from '../synthesis/words.js';
import { startWorker } from './synthesis.runner.js';

/** A helper thread spawned ahead of its run: start() begins the run, close() ends it if unused. */
export interface SpawnedHelper {
  start: StartHelper;
  close(): void;
}

/**
 * The run side of a helper thread reached through `channel` (its Worker, or a MessagePort to
 * it). `onLost` registers the callback for the helper's loss (error, exit, closed port): it
 * rejects every pending and later question.
 */
function helperOver(channel: Worker | MessagePort, onLost: (fail: (err: Error) => void) => void, close: () => void): SpawnedHelper {
  type Question = Exclude<HelperReply['type'], 'error'>;
  const waiting = new Map<Question, { resolve: (value: never) => void; reject: (err: Error) => void }>();
  let failure: Error | undefined;
  const fail = (err: Error): void => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  channel.on('message', (m: HelperReply) => {
    if (m.type === 'error') return fail(new Error(m.message));
    const w = waiting.get(m.type);
    waiting.delete(m.type);
    w?.resolve(m.result as never);
  });
  onLost(fail);
  const post = (message: HelperMessage): void => channel.postMessage(message);
  function ask<T>(type: Question, message: HelperMessage): Promise<T> {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      waiting.set(type, { resolve: resolve as (value: never) => void, reject });
      post(message);
    });
  }
  return {
    start: (lexical) => {
      post({ type: 'begin', lexical });
      return {
        words: (batch) => post({ type: 'words', batch }),
        analysedWords: () => ask('analysedWords', { type: 'analysedWords' }),
        duplicates: (job) => ask('duplicates', { type: 'duplicates', job }),
        close,
      };
    },
    close,
  };
}

/**
 * Spawns a synthesis's helper thread (synthesiseOffloaded: word analysis and the near-duplicate
 * search) now, so its start-up and dictionary loading overlap whatever the caller does next.
 * `url`: the entry to run (default: the synthesis worker entry, which answers {role: 'helper'}).
 * A worker error or exit rejects every pending and later question.
 */
export function spawnSynthesisHelper(url?: URL): SpawnedHelper {
  const worker = startWorker({ role: 'helper' }, url);
  return helperOver(
    worker,
    (fail) => {
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`synthesis helper exited with code ${code}`)));
    },
    () => void worker.terminate(),
  );
}

/** A helper thread started by someone else (runInWorker) and reached through a MessagePort. */
export function connectSynthesisHelper(port: MessagePort): SpawnedHelper {
  return helperOver(port, (fail) => port.once('close', () => fail(new Error('synthesis helper closed its channel'))), () => port.close());
}

/** A helper thread for one run (spawnSynthesisHelper, begun at once). */
export function startSynthesisHelper(lexical: LexicalOptions, url?: URL): SynthesisHelper {
  return spawnSynthesisHelper(url).start(lexical);
}
