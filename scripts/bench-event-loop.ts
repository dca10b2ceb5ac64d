/**
 * How long the server's event loop is blocked while a synthesis runs, the way the product runs
 * it (worker thread, server/themes/synthesis.runner.ts) next to the naive way (synthesise() on
 * the main thread). The goal: never more than 50 ms with the worker.
 *
 *   npm run bench:event-loop [-- --n 10000]
 *
 * Texts are resampled from ../shared/datasets (read in place). A 5 ms timer ticks throughout,
 * and perf_hooks.monitorEventLoopDelay records the delays.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { synthesise } from '../server/synthesis/index.js';
import type { SynthesisInput } from '../server/synthesis/types.js';
import { runInWorker } from '../server/themes/synthesis.runner.js';
import { ROOT } from '../server/paths.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, datasets: { type: 'string', default: path.join(ROOT, '..', 'shared', 'datasets') } } });
const n = Number(values.n);

const pool = readdirSync(values.datasets!)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(path.join(values.datasets!, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const items: SynthesisInput[] = Array.from({ length: n }, (_, i) => ({ id: String(i), text: pool[Math.floor(rand() * pool.length)]!, participantId: `p${i % 500}`, votes: i % 5 }));

/** Delays of a 5 ms timer: the histogram, and the longest gap between two ticks (a blocked loop). */
async function measure(label: string, run: () => Promise<unknown>) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let longestGap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last - 5);
    last = now;
  }, 5);
  h.enable();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, 20));
  await run();
  const seconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 20)); // let the loop record the last (possibly blocked) tick
  h.disable();
  clearInterval(tick);
  const ms = (v: number) => (v / 1e6).toFixed(1);
  return { label, seconds: seconds.toFixed(2), p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: longestGap.toFixed(1) };
}

const worker = await measure('worker thread (product)', () => runInWorker(items, { k: 'auto', seed: 1 }));
const inline = await measure('main thread (naive peer)', async () => synthesise(items, { k: 'auto', seed: 1 }));
console.log(`event loop delay while synthesising ${n} suggestions (ms)`);
console.log('how                        seconds  delay p50  delay p99  longest block');
for (const r of [worker, inline]) console.log(`${r.label.padEnd(26)} ${r.seconds.padStart(7)}  ${r.p50.padStart(9)}  ${r.p99.padStart(9)}  ${r.max.padStart(9)}`);
console.log(`max delay ratio worker/main: ${(Number(worker.max) / Number(inline.max)).toFixed(3)}; goal max < 50 ms with the worker: ${Number(worker.max) < 50 ? 'met' : 'NOT met'}`);
