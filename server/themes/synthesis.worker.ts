/**
 * Worker-thread entry: runs the synthesis engine off the main event loop and posts progress.
 * Messages out: {type:'progress', fraction, stage} ... then {type:'done', result} or {type:'error'}.
 * With workerData.role 'warm' it stays up and runs one synthesis per {type:'run', id, items,
 * options} message, tagging its messages with the run's id (runInWorker's warm worker).
 * With workerData.role 'helper' it is instead a synthesis's helper thread: word analysis and the
 * near-duplicate search alongside the main steps (synthesiseOffloaded, serveHelper).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { serveHelper, synthesiseOffloaded, type HelperMessage } from '../synthesis/offload.js';
import { synthesise } from '../synthesis/index.js';
import type { SynthesisInput, SynthesisOptions } from '../synthesis/types.js';
import { connectSynthesisHelper, startSynthesisHelper } from './synthesis.helper.js';

type Data =
  | { role: 'helper'; port?: MessagePort }
  | { role: 'warm' }
  | { role?: 'synthesise'; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'>; helperPort?: MessagePort };

/** onProgress that posts at most ten progress messages a second (and the last one). */
function throttledProgress(post: (fraction: number, stage: string) => void): (fraction: number, stage: string) => void {
  let last = 0;
  return (fraction, stage) => {
    const now = Date.now();
    if (now - last < 100 && fraction < 1) return;
    last = now;
    post(fraction, stage);
  };
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

type WarmRun = { type: 'run'; id: number; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'> };

const data = workerData as Data;
try {
  if (data.role === 'warm') {
    // Small runs only (no helper thread): synthesise() here, one run per message, in order.
    parentPort!.on('message', (m: WarmRun) => {
      try {
        const onProgress = throttledProgress((fraction, stage) => parentPort!.postMessage({ type: 'progress', id: m.id, fraction, stage }));
        parentPort!.postMessage({ type: 'done', id: m.id, result: synthesise(m.items, { ...m.options, onProgress }) });
      } catch (err) {
        parentPort!.postMessage({ type: 'error', id: m.id, message: messageOf(err) });
      }
    });
  } else if (data.role === 'helper') {
    // Its run talks to it over `port` (runInWorker) or, spawned by the run itself, parentPort.
    const channel = data.port ?? parentPort!;
    const handle = serveHelper((reply, transfer) => channel.postMessage(reply, transfer));
    channel.on('message', (m: HelperMessage) => handle(m));
  } else {
    const result = await synthesiseOffloaded(
      data.items,
      { ...data.options, onProgress: throttledProgress((fraction, stage) => parentPort?.postMessage({ type: 'progress', fraction, stage })) },
      data.helperPort ? connectSynthesisHelper(data.helperPort).start : (lexical) => startSynthesisHelper(lexical),
    );
    parentPort?.postMessage({ type: 'done', result });
  }
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: messageOf(err) });
}
