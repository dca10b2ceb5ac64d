/**
 * Live-session theme updates (server/themes/live-themes.ts), in the kept-warm worker, on the same
 * suggestions, in this process:
 *   - a clustering (synthesise, k auto) in a fresh worker per run (the peer: what every update cost
 *     before the warm worker) and in the warm worker;
 *   - what a live update between clusterings runs: fold-in of 15 % new suggestions to a clustering
 *     of the rest, then the moderators' merge candidates (the duplicates job) over all of them.
 *     Before fold-in and the duplicates job, an update ran two clusterings (the second with k = 1).
 *
 *   npm run bench:live [-- --sizes 300,1000,3000] [--repeat 7]
 *
 * Runs the compiled server (dist/, built first, as `npm start` does), so the workers load
 * JavaScript as in production. Texts are resampled from ../shared/datasets (read in place:
 * mixed text, clustered openly), or with `--texts forum` made like a live forum's suggestions
 * (scripts/bench/texts.ts: the strategic issues lead the themes, as in a real session).
 * Each figure is a median; the warm worker's first run (its cold start) is left out of its median
 * and printed on its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from '../server/paths.js';
import type { SynthesisInput } from '../server/synthesis/types.js';
import type { WarmSynthesisWorker } from '../server/themes/synthesis.runner.js';
import { suggestionText } from './bench/texts.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,1000,3000' },
    repeat: { type: 'string', default: '7' },
    datasets: { type: 'string', default: path.join(ROOT, '..', 'shared', 'datasets') },
    texts: { type: 'string', default: 'datasets' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const repeat = Math.max(1, Number(values.repeat));

const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
const runner = (await import(pathToFileURL(path.join(ROOT, 'dist', 'server', 'themes', 'synthesis.runner.js')).href)) as {
  WarmSynthesisWorker: new (idleMs?: number) => WarmSynthesisWorker;
};

const pool = readdirSync(values.datasets!)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(path.join(values.datasets!, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
let seed = 7;
const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return (performance.now() - t0) / 1000;
}

const forumTexts = values.texts === 'forum';
console.log(`live theme updates; ${forumTexts ? 'forum-like texts' : 'texts from the shared datasets'}; medians of ${repeat} runs`);
console.log('      n | cluster: fresh worker s | warm: first s  then s | live update: fold-in s  duplicates s  total s | before: 2 clusterings s');
for (const n of sizes) {
  const text = (): string => (forumTexts ? suggestionText(Math.floor(rand() * 100_000)) : pool[Math.floor(rand() * pool.length)]!);
  const items: SynthesisInput[] = Array.from({ length: n }, (_, i) => ({ id: String(i), text: text(), participantId: `p${i % 60}`, votes: i % 5 }));
  const fresh: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const once = new runner.WarmSynthesisWorker();
    fresh.push(await seconds(() => once.run(items, { k: 'auto', seed: r + 1 }, () => {})));
    once.stop();
  }
  const warm = new runner.WarmSynthesisWorker();
  const first = await seconds(() => warm.run(items, { k: 'auto', seed: 1 }, () => {}));
  const then: number[] = [];
  for (let r = 0; r < repeat; r++) then.push(await seconds(() => warm.run(items, { k: 'auto', seed: r + 2 }, () => {})));
  const single: number[] = [];
  for (let r = 0; r < repeat; r++) single.push(await seconds(() => warm.run(items, { k: 1, seed: r + 2 }, () => {})));
  const earlier = await warm.run(items.slice(0, Math.round(0.85 * n)), { k: 'auto', seed: 1 }, () => {});
  const fit = { themes: earlier.themes, other: earlier.other.members };
  const folds: number[] = [];
  const duplicates: number[] = [];
  for (let r = 0; r < repeat; r++) {
    folds.push(await seconds(() => warm.foldIn(fit, items)));
    duplicates.push(await seconds(() => warm.duplicates(items)));
  }
  warm.stop();
  const f = median(fresh);
  const w = median(then);
  const [fold, dup] = [median(folds), median(duplicates)];
  console.log(
    `${String(n).padStart(7)} | ${f.toFixed(3).padStart(23)} | ${first.toFixed(3).padStart(13)} ${w.toFixed(3).padStart(6)} | ${fold.toFixed(3).padStart(21)} ${dup.toFixed(3).padStart(13)} ${(fold + dup).toFixed(3).padStart(8)} | ${(w + median(single)).toFixed(3).padStart(24)}`,
  );
}
