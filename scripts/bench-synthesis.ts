/**
 * Speed of the whole synthesis pipeline (normalise -> labelled themes, k chosen automatically)
 * on 1k, 10k and 100k suggestions resampled with replacement from all labelled datasets, next to
 * the scikit-learn default peer (TfidfVectorizer() + KMeans(n_init=1), same texts, same k).
 *
 *   npm run bench:synthesis [-- --sizes 1000,10000,100000] [--datasets DIR]
 *
 * Each size runs in a fresh child process (cold caches, honest peak memory: getrusage maxRSS).
 * Peer figures: fit seconds measured inside Python (vectorise + k-means), and the wall time of
 * the whole Python process (interpreter start, imports, reading the file).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!);
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1]! : fallback;
  };
  const sizes = opt('--sizes', '1000,10000,100000').split(',').map(Number);
  const pool = loadPool(opt('--datasets', '/work/shared/datasets'));
  const peer = spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
  const tmp = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  console.log(`pool: ${pool.length} texts from the labelled datasets; resampled with replacement (seed 42)`);
  const rows: string[] = [];
  try {
    for (const n of sizes) {
      const rng = createRng(42 + n);
      const file = join(tmp, `texts-${n}.jsonl`);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(JSON.stringify({ text: pool[Math.floor(rng() * pool.length)]! }));
      writeFileSync(file, lines.join('\n') + '\n');
      const res = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (res.status !== 0) throw new Error(`child failed: ${res.stderr}`);
      const ours = JSON.parse(res.stdout.trim().split('\n').pop()!) as ChildResult;
      let peerText = 'peer skipped (no scikit-learn)';
      if (peer) {
        const t0 = performance.now();
        const p = spawnSync(PYTHON, [join(here, 'peer', 'cluster.py'), '--variant', 'default', '--k', String(ours.k), '--seeds', '1', file], {
          encoding: 'utf8',
        });
        const wall = (performance.now() - t0) / 1000;
        if (p.status !== 0) throw new Error(`peer failed: ${p.stderr}`);
        const r = JSON.parse(p.stdout.trim()) as { seconds: number; peak_mb: number; peak_rss_mb: number };
        peerText =
          `${r.seconds.toFixed(2).padStart(7)} ${wall.toFixed(2).padStart(7)} ${r.peak_rss_mb.toFixed(0).padStart(7)} ${r.peak_mb.toFixed(0).padStart(7)}` +
          `   ${(ours.seconds / r.seconds).toFixed(2).padStart(6)}x ${(ours.seconds / wall).toFixed(2).padStart(6)}x ${(ours.peakRssMb / r.peak_rss_mb).toFixed(2).padStart(6)}x`;
      }
      rows.push(
        `${String(n).padStart(7)} ${String(ours.k).padStart(4)} ${String(ours.themes).padStart(6)} ${ours.seconds.toFixed(2).padStart(7)} ${ours.peakRssMb.toFixed(0).padStart(7)} ${ours.deltaRssMb.toFixed(0).padStart(7)} | ${peerText}`,
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log('\n      n    k themes  ours s  peakMB  deltaMB |  peer s  peer wall  peakMB deltaMB   time/fit time/wall mem/peak');
  for (const r of rows) console.log(r);
  console.log('ours: whole pipeline (normalise, stem, TF-IDF, LSA, choose k, k-means, labels, taxonomy, duplicates, ids).');
  console.log('peer: TfidfVectorizer() + KMeans(n_init=1) at our k; "s" = fit inside Python, "wall" = whole process.');
}

main();
