/**
 * Worker-thread entry: runs the synthesis engine off the main event loop and posts progress.
 * Messages out: {type:'progress', fraction, stage} ... then {type:'done', result} or {type:'error'}.
 * With workerData.role 'helper' it is instead a synthesis's helper thread: word analysis and the
 * near-duplicate search alongside the main steps (synthesiseOffloaded, serveHelper).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { serveHelper, synthesiseOffloaded, type HelperMessage } from '../synthesis/offload.js';
import type { SynthesisInput, SynthesisOptions } from '../synthesis/types.js';
import { connectSynthesisHelper, startSynthesisHelper } from './synthesis.runner.js';

type Data =
  | { role: 'helper'; port?: MessagePort }
  | { role?: 'synthesise'; items: SynthesisInput[]; options: Omit<SynthesisOptions, 'onProgress'>; helperPort?: MessagePort };

const data = workerData as Data;
try {
  if (data.role === 'helper') {
    // Its run talks to it over `port` (runInWorker) or, spawned by the run itself, parentPort.
    const channel = data.port ?? parentPort!;
    const handle = serveHelper((reply, transfer) => channel.postMessage(reply, transfer));
    channel.on('message', (m: HelperMessage) => handle(m));
  } else {
    let last = 0;
    const result = await synthesiseOffloaded(
      data.items,
      {
        ...data.options,
        onProgress: (fraction, stage) => {
          const now = Date.now();
          if (now - last < 100 && fraction < 1) return; // at most ten progress messages a second
          last = now;
          parentPort?.postMessage({ type: 'progress', fraction, stage });
        },
      },
      data.helperPort ? connectSynthesisHelper(data.helperPort).start : (lexical) => startSynthesisHelper(lexical),
    );
    parentPort?.postMessage({ type: 'done', result });
  }
} catch (err) {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
