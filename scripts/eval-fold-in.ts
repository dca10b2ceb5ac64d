/**
 * Quality of the live path's fold-in (server/synthesis/fold-in.ts) against clustering everything
 * again, on labelled datasets: each file is shuffled and capped at the live window, the first
 * (1 - share) is clustered (k auto), then the rest is folded in. Printed per file, mean of the
 * seeds: NMI with the gold labels of the folded-in suggestions, for fold-in and for a clustering
 * of all of them (what the next full clustering gives), and how far the two agree (NMI).
 *
 *   npm run eval:fold-in -- FILE.jsonl... [--share 0.15] [--cap 3000] [--seeds 3]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesise } from '../server/synthesis/index.js';
import { foldIn } from '../server/synthesis/fold-in.js';
import { nmi } from '../server/synthesis/metrics.js';
import { createRng } from '../server/synthesis/prng.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { share: { type: 'string', default: '0.15' }, cap: { type: 'string', default: '3000' }, seeds: { type: 'string', default: '3' } },
});
const share = Number(values.share);
const cap = Number(values.cap);
const seeds = Math.max(1, Number(values.seeds));
if (positionals.length === 0 || !(share > 0 && share < 1)) throw new Error('usage: npm run eval:fold-in -- FILE.jsonl... [--share 0.15] [--cap 3000] [--seeds 3]');

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number): string => (100 * x).toFixed(1).padStart(9);

console.log(`fold-in of the last ${Math.round(100 * share)} % of up to ${cap} suggestions (k auto), mean of ${seeds} seeds`);
console.log(`${'file'.padEnd(22)}${'n'.padStart(6)}${'fold-in'.padStart(9)}${'again'.padStart(9)}${'agree'.padStart(9)}${'other%'.padStart(9)}`);
for (const file of positionals) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: string | number });
  const scores = { fold: [] as number[], again: [] as number[], agree: [] as number[], other: [] as number[] };
  let n = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const rng = createRng(seed);
    const picked = rows
      .map((r) => [rng(), r] as const)
      .sort((a, b) => a[0] - b[0])
      .slice(0, cap)
      .map(([, r]) => r);
    n = picked.length;
    const items = picked.map((r, i) => ({ id: String(i), text: r.text }));
    const cut = Math.round(items.length * (1 - share));
    const first = synthesise(items.slice(0, cut), { k: 'auto', seed });
    const folded = foldIn({ themes: first.themes, other: first.other.members }, items);
    const again = synthesise(items, { k: 'auto', seed, previousThemes: first.themes });
    const late = items.slice(cut).map((it) => it.id);
    const placed = (themes: ReadonlyArray<{ id: string; members: readonly string[] }>): Map<string, string> => new Map(themes.flatMap((t) => t.members.map((m) => [m, t.id] as const)));
    const foldedOf = placed(folded.themes);
    const againOf = placed(again.themes);
    const truth = late.map((id) => String(picked[Number(id)]!.label));
    const f = late.map((id) => foldedOf.get(id) ?? 'other');
    const a = late.map((id) => againOf.get(id) ?? 'other');
    scores.fold.push(nmi(truth, f));
    scores.again.push(nmi(truth, a));
    scores.agree.push(nmi(f, a));
    scores.other.push(f.filter((x) => x === 'other').length / late.length);
  }
  console.log(`${path.basename(file, '.jsonl').padEnd(22)}${String(n).padStart(6)}${fmt(mean(scores.fold))}${fmt(mean(scores.again))}${fmt(mean(scores.agree))}${fmt(mean(scores.other))}`);
}
