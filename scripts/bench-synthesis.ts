/**
 * Speed of the whole synthesis pipeline (normalise -> labelled themes, k chosen automatically)
 * on 1k, 10k and 100k suggestions resampled with replacement from all labelled datasets, next to
 * the scikit-learn default peer (TfidfVectorizer() + KMeans(n_init=1), same texts, same k).
 *
 *   npm run bench:synthesis [-- --sizes 1000,10000,100000] [--repeat 3] [--datasets DIR] [--tsx]
 *
 * Each run is a fresh child process (cold caches and JIT, honest peak memory: getrusage maxRSS).
 * The child is this file compiled to JavaScript with esbuild, as `npm start` runs dist/ (Python
 * likewise runs compiled modules); --tsx runs it through tsx instead (adds ~0.3 s of transpiling).
 * Two comparisons, both printed, each like with like:
 *   fit:  ours = synthesise() inside Node  vs  peer = vectorise + k-means inside Python
 *         (ours also does auto k, LSA, labels, taxonomy, duplicates and ids; the peer does not);
 *   wall: our whole child process          vs  the whole Python process
 *         (runtime start, imports, reading the texts, the work, printing the result).
 * Every figure is the median of --repeat runs (the machine is shared). The child runs what the
 * product's synthesis worker runs: synthesise().
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesise } from '../server/synthesis/index.js';
import { createRng } from '../server/synthesis/prng.js';

const here = dirname(fileURLToPath(import.meta.url));
const PYTHON = '/usr/bin/python3';

interface ChildResult {
  n: number;
  seconds: number;
  k: number;
  themes: number;
  other: number;
  duplicates: number;
  peakRssMb: number;
  deltaRssMb: number;
}

interface PeerResult {
  seconds: number;
  peak_mb: number;
  peak_rss_mb: number;
}

function child(file: string): void {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const items = texts.map((text, i) => ({ id: String(i), text, participantId: `p${i % 500}`, votes: i % 7 }));
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = synthesise(items, { k: 'auto', seed: 1 });
  const seconds = (performance.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  const out: ChildResult = {
    n: items.length,
    seconds,
    k: result.k,
    themes: result.themes.length,
    other: result.other.size,
    duplicates: result.duplicates.length,
    peakRssMb: peak / 1048576,
    deltaRssMb: (peak - before) / 1048576,
  };
  console.log(JSON.stringify(out));
}

function loadPool(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}

/**
 * This file as one ESM JavaScript file in tmp (packages stay external: a node_modules link next
 * to it resolves them). Returns the command that runs a child, or the tsx one when asked/failing.
 */
async function childCommand(tmp: string, useTsx: boolean): Promise<{ args: string[]; how: string }> {
  const self = fileURLToPath(import.meta.url);
  const viaTsx = { args: ['--import', 'tsx', self], how: 'TypeScript through tsx' };
  if (useTsx) return viaTsx;
  try {
    const { build } = await import('esbuild');
    const outfile = join(tmp, 'bench-child.mjs');
    await build({ entryPoints: [self], outfile, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    symlinkSync(join(here, '..', 'node_modules'), join(tmp, 'node_modules'), 'dir');
    return { args: [outfile], how: 'JavaScript built by esbuild (as dist/)' };
  } catch (err) {
    console.log(`(esbuild build failed, children run through tsx: ${(err as Error).message})`);
    return viaTsx;
  }
}

function timed<T>(run: () => T): { value: T; wall: number } {
  const t0 = performance.now();
  const value = run();
  return { value, wall: (performance.now() - t0) / 1000 };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const f2 = (x: number, w = 7): string => x.toFixed(2).padStart(w);
const f0 = (x: number, w = 7): string => x.toFixed(0).padStart(w);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`.padStart(7);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!);
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1]! : fallback;
  };
  const sizes = opt('--sizes', '1000,10000,100000').split(',').map(Number);
  const repeat = Math.max(1, Number(opt('--repeat', '3')));
  const pool = loadPool(opt('--datasets', '/work/shared/datasets'));
  const peer = spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
  const tmp = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  const rows: string[] = [];
  try {
    const cmd = await childCommand(tmp, argv.includes('--tsx'));
    console.log(`pool: ${pool.length} texts from the labelled datasets; resampled with replacement (seed 42)`);
    console.log(`child: ${cmd.how}; medians of ${repeat} runs per size`);
    for (const n of sizes) {
      const rng = createRng(42 + n);
      const file = join(tmp, `texts-${n}.jsonl`);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(JSON.stringify({ text: pool[Math.floor(rng() * pool.length)]! }));
      writeFileSync(file, lines.join('\n') + '\n');
      const ours: Array<ChildResult & { wall: number }> = [];
      const peers: Array<PeerResult & { wall: number }> = [];
      for (let r = 0; r < repeat; r++) {
        const res = timed(() => spawnSync(process.execPath, [...cmd.args, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 26 }));
        if (res.value.status !== 0) throw new Error(`child failed: ${res.value.stderr}`);
        ours.push({ ...(JSON.parse(res.value.stdout.trim().split('\n').pop()!) as ChildResult), wall: res.wall });
        if (!peer) continue;
        const k = String(ours[ours.length - 1]!.k);
        const p = timed(() => spawnSync(PYTHON, [join(here, 'peer', 'cluster.py'), '--variant', 'default', '--k', k, '--seeds', '1', file], { encoding: 'utf8' }));
        if (p.value.status !== 0) throw new Error(`peer failed: ${p.value.stderr}`);
        peers.push({ ...(JSON.parse(p.value.stdout.trim()) as PeerResult), wall: p.wall });
      }
      const o = { s: median(ours.map((x) => x.seconds)), wall: median(ours.map((x) => x.wall)), peak: median(ours.map((x) => x.peakRssMb)) };
      const last = ours[ours.length - 1]!;
      let peerText = 'peer skipped (no scikit-learn)';
      if (peer) {
        const p = { s: median(peers.map((x) => x.seconds)), wall: median(peers.map((x) => x.wall)), peak: median(peers.map((x) => x.peak_rss_mb)) };
        peerText = `${f2(p.s)} ${f2(p.wall)} ${f0(p.peak)} | ${ratio(o.s, p.s)} ${ratio(o.wall, p.wall)} ${ratio(o.peak, p.peak)}`;
      }
      rows.push(`${String(n).padStart(7)} ${String(last.k).padStart(4)} ${String(last.themes).padStart(6)} ${f2(o.s)} ${f2(o.wall)} ${f0(o.peak)} | ${peerText}`);
      console.log(rows[rows.length - 1]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\n      n    k themes  ours s  o.wall  peakMB |  peer s  p.wall  peakMB |   s/s  wall/wall  mem');
  for (const r of rows) console.log(r);
  console.log('ours s: synthesise() inside Node, whole pipeline (normalise, stem, TF-IDF, LSA, choose k, k-means,');
  console.log('        labels, taxonomy, duplicates, ids); o.wall: our whole child process.');
  console.log('peer s: TfidfVectorizer() + KMeans(n_init=1) at our k, fit inside Python; p.wall: whole Python process.');
  console.log('s/s compares in-process work (ours does much more); wall/wall compares whole processes. < 1x: ours faster.');
}

await main();
