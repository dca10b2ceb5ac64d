/**
 * Clustering quality of the synthesis engine on labelled short texts, next to a scikit-learn peer.
 *
 *   npm run eval -- FILE.jsonl... [--k labels|auto|N] [--seeds N] [--json] [--themes] [--no-peer]
 *
 * FILE lines are {"text","label"}. Per file: NMI (arithmetic normalisation, as scikit-learn),
 * ARI, ACC (Hungarian), purity, themes found, seconds per run, peak RSS growth; mean over seeds.
 * Scoring uses every item: each is scored with its nearest theme (items in "other" included),
 * and items with no content words at all form one extra cluster. "nmiOther" is the stricter
 * figure with the whole "other" group scored as one cluster of its own.
 * With --themes (and --json) each file's themes of the first seed follow its line, one line each:
 * {"file", "label", "issue", "items": [row indices of its members in FILE]}, so labels can be
 * judged next to the gold labels.
 * The peer (scripts/peer/cluster.py, both README variants) runs in the same invocation when
 * /usr/bin/python3 has scikit-learn.
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesise, type SynthesisInput } from '../server/synthesis/index.js';
import { accuracy, ari, nmi, purity } from '../server/synthesis/metrics.js';

const PYTHON = '/usr/bin/python3';
const PEER = join(dirname(fileURLToPath(import.meta.url)), 'peer', 'cluster.py');

interface Args {
  files: string[];
  k: 'labels' | 'auto' | number;
  seeds: number;
  json: boolean;
  themes: boolean;
  peer: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], k: 'labels', seeds: 3, json: false, themes: false, peer: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--no-peer') args.peer = false;
    else if (a === '--themes') args.themes = true;
    else if (a === '--k') {
      const v = argv[++i] ?? 'labels';
      args.k = v === 'labels' || v === 'auto' ? v : Number(v);
      if (typeof args.k === 'number' && !(args.k >= 1)) throw new Error(`--k: expected labels, auto or a number, got ${v}`);
    } else if (a === '--seeds') args.seeds = Math.max(1, Number(argv[++i] ?? 3));
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error('usage: npm run eval -- FILE.jsonl... [--k labels|auto|N] [--seeds N] [--json] [--themes] [--no-peer]');
  return args;
}

export interface ThemeLine {
  file: string;
  label: string;
  issue: string | null;
  items: number[];
}

export interface OurScores {
  file: string;
  n: number;
  labels: number;
  k: number;
  themes: number;
  nmi: number;
  ari: number;
  acc: number;
  purity: number;
  nmiOther: number;
  otherShare: number;
  seconds: number;
  peakMb: number;
  /** the first seed's themes */
  themeLines: ThemeLine[];
}

const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
const r1 = (x: number): number => Math.round(x * 10) / 10;

function runOurs(file: string, k: Args['k'], seeds: number): OurScores {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: string });
  const truth = rows.map((r) => r.label);
  const labelCount = new Set(truth).size;
  const items: SynthesisInput[] = rows.map((r, i) => ({ id: String(i), text: r.text }));
  const per: Array<Omit<OurScores, 'file' | 'n' | 'labels' | 'themeLines'>> = [];
  const rowOf = new Map(items.map((item, i) => [item.id, i]));
  let themeLines: ThemeLine[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sample = (): void => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const t0 = performance.now();
    const result = synthesise(items, {
      k: k === 'labels' ? labelCount : k,
      seed,
      // Scoring wants every cluster kept as a theme: no minimum size.
      minThemeSize: 1,
      onProgress: sample,
    });
    const seconds = (performance.now() - t0) / 1000;
    sample();
    if (seed === 1) {
      themeLines = result.themes.map((t) => ({ file: basename(file), label: t.label, issue: t.issue ?? null, items: t.members.map((id) => rowOf.get(id) ?? -1) }));
    }
    const pred = result.items.map((it) => it.nearestThemeId ?? '∅');
    const predOther = result.items.map((it) => it.themeId ?? '∅other');
    per.push({
      k: result.k,
      themes: result.themes.length,
      nmi: 100 * nmi(truth, pred),
      ari: 100 * ari(truth, pred),
      acc: 100 * accuracy(truth, pred),
      purity: 100 * purity(truth, pred),
      nmiOther: 100 * nmi(truth, predOther),
      otherShare: (100 * result.other.size) / Math.max(1, rows.length),
      seconds,
      peakMb: (peak - base) / 1048576,
    });
  }
  const avg = (f: (s: (typeof per)[number]) => number): number => r1(mean(per.map(f)));
  return {
    file: basename(file),
    n: rows.length,
    labels: labelCount,
    k: avg((s) => s.k),
    themes: avg((s) => s.themes),
    nmi: avg((s) => s.nmi),
    ari: avg((s) => s.ari),
    acc: avg((s) => s.acc),
    purity: avg((s) => s.purity),
    nmiOther: avg((s) => s.nmiOther),
    otherShare: avg((s) => s.otherShare),
    seconds: Math.round(mean(per.map((s) => s.seconds)) * 100) / 100,
    peakMb: Math.round(Math.max(...per.map((s) => s.peakMb))),
    themeLines,
  };
}

interface PeerScores {
  variant: 'default' | 'lsa';
  k: number;
  nmi?: number;
  ari?: number;
  acc?: number;
  seconds: number;
  peak_mb: number;
}

export function peerAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
}

function runPeer(file: string, k: 'labels' | number, variant: 'both' | 'default' = 'both'): PeerScores[] {
  const res = spawnSync(PYTHON, [PEER, '--variant', variant, '--k', String(k), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`peer failed: ${res.stderr}`);
  return res.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PeerScores);
}

const pad = (s: string | number, w: number): string => String(s).padStart(w);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const peer = args.peer && peerAvailable();
  if (args.peer && !peer && !args.json) console.log(`(peer skipped: ${PYTHON} has no scikit-learn)`);
  if (!args.json) {
    console.log(`k = ${args.k}; ours: mean of ${args.seeds} seeds; every item scored with its nearest theme`);
    console.log(
      `${'file'.padEnd(22)}${pad('n', 7)}${pad('k', 5)}${pad('themes', 7)}${pad('NMI', 7)}${pad('ARI', 7)}${pad('ACC', 7)}${pad('purity', 7)}${pad('NMIoth', 7)}${pad('other%', 7)}${pad('s', 7)}${pad('peakMB', 7)}`,
    );
  }
  for (const file of args.files) {
    const ours = runOurs(file, args.k, args.seeds);
    const peers = peer ? runPeer(file, typeof args.k === 'number' ? args.k : 'labels') : [];
    const byVariant = Object.fromEntries(peers.map((p) => [p.variant, p]));
    if (args.json) {
      const { themeLines, ...scores } = ours;
      console.log(
        JSON.stringify({
          ...scores,
          kTrue: ours.labels,
          kError: args.k === 'auto' ? ours.k - ours.labels : 0,
          peer: byVariant,
          ratios: Object.fromEntries(
            peers.map((p) => [p.variant, { nmi: p.nmi ? r1((100 * ours.nmi) / p.nmi) / 100 : null, seconds: Math.round((100 * ours.seconds) / p.seconds) / 100 }]),
          ),
        }),
      );
      if (args.themes) for (const line of themeLines) console.log(JSON.stringify(line));
      continue;
    }
    console.log(
      `${ours.file.padEnd(22)}${pad(ours.n, 7)}${pad(ours.k, 5)}${pad(ours.themes, 7)}${pad(ours.nmi, 7)}${pad(ours.ari, 7)}${pad(ours.acc, 7)}${pad(ours.purity, 7)}${pad(ours.nmiOther, 7)}${pad(ours.otherShare, 7)}${pad(ours.seconds, 7)}${pad(ours.peakMb, 7)}`,
    );
    if (args.k === 'auto') console.log(`  auto k: chose ${ours.k}, true ${ours.labels} (off by ${r1(ours.k - ours.labels)}), NMI ${ours.nmi}`);
    for (const p of peers) {
      console.log(
        `  peer ${p.variant.padEnd(8)} k=${p.k}${p.nmi !== undefined ? ` NMI ${r1(p.nmi)} ARI ${r1(p.ari!)} ACC ${r1(p.acc!)}` : ''} ${p.seconds.toFixed(2)}s peak ${Math.round(p.peak_mb)}MB` +
          `  | ours/peer NMI ${p.nmi ? (ours.nmi / p.nmi).toFixed(2) : '-'}x, time ${(ours.seconds / p.seconds).toFixed(2)}x`,
      );
    }
  }
}

main();
