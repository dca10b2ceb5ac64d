/**
 * Report rendering benchmark: reports of 10,000 and 50,000 suggestions in 20 themes (synthetic
 * Indonesian texts, built with the real buildReport), rendered once per format after a warm-up,
 * each format and size in a fresh child process so its peak memory (maxRSS) is its own; base RSS
 * is the process with the report data built, before any render. Beside them, the floor: plain
 * JSON.stringify of the data and a naive CSV join of the rows. Goals apply at 10,000; the last
 * columns compare each size with the first (time and memory above base should grow linearly).
 *
 *   npm run bench:reports [-- --suggestions 10000,50000 --themes 20]
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../server/reports/render/index.js';
import { large } from '../test/reports/fixture.js';

interface Result {
  name: string;
  n: number;
  seconds: number;
  peakRssMb: number;
  baseRssMb: number;
  sizeMb: number;
}

const GOALS: Partial<Record<ReportFormat, number>> = { html: 2, xlsx: 5, docx: 5, pdf: 10 };
/** Peak RSS goals (MB) at 10,000 suggestions. */
const MEMORY_GOALS: Partial<Record<ReportFormat, number>> = { docx: 300 };
const GOAL_SIZE = 10_000;
const FLOORS = ['JSON.stringify', 'naive CSV'] as const;

const { values } = parseArgs({
  options: { child: { type: 'string' }, suggestions: { type: 'string', default: '10000,50000' }, themes: { type: 'string', default: '20' } },
});
const sizes = values.suggestions.split(',').map(Number);
const themes = Number(values.themes);
const mb = (bytes: number) => bytes / 1024 / 1024;
const rssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

async function child(name: string, n: number): Promise<Result> {
  const data = large(n, themes);
  const baseRssMb = rssMb();
  if ((REPORT_FORMATS as readonly string[]).includes(name)) {
    const format = name as ReportFormat;
    await renderReport(format, data); // warm-up
    const t0 = performance.now();
    const out = await renderReport(format, data);
    const seconds = (performance.now() - t0) / 1000;
    return { name, n, seconds, peakRssMb: rssMb(), baseRssMb, sizeMb: mb(out.body.length) };
  }
  const run = name === 'JSON.stringify'
    ? () => JSON.stringify(data)
    : () => data.appendix.map((r) => [r.id, r.text, r.session, r.prompt, r.role, r.votes, r.theme, r.subsectors.join(';'), r.issues.join(';')].join(',')).join('\n');
  run(); // warm-up
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    size = run().length;
    times.push((performance.now() - t0) / 1000);
  }
  return { name, n, seconds: times.sort((a, b) => a - b)[2]!, peakRssMb: rssMb(), baseRssMb, sizeMb: mb(size) };
}

function spawnChild(name: string, n: number): Result {
  const script = fileURLToPath(import.meta.url);
  const res = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', name, '--suggestions', String(n), '--themes', String(themes)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = res.stdout.trim().split('\n').at(-1) ?? '';
  if (res.status !== 0 || !line.startsWith('{')) throw new Error(`${name} failed (exit ${res.status}):\n${res.stderr}`);
  return JSON.parse(line) as Result;
}

async function main(): Promise<void> {
  if (values.child) {
    console.log(JSON.stringify(await child(values.child, sizes[0]!)));
    return;
  }
  console.log(`Report rendering: ${sizes.join(' and ')} suggestions in ${themes} themes; Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);
  console.log('Each row: a fresh process; one render after one warm-up (floors: median of 5). Peak RSS = maxRSS of the child, report data included (base).');
  console.log(`Goals at ${GOAL_SIZE}: seconds and peak RSS MB. "x first" = this size over the first size (seconds; peak minus base).\n`);
  const header = ['format', 'suggestions', 'seconds', 'peak RSS MB', 'base RSS MB', 'output MB', 'goal', 'result', 'x JSON.stringify', 'x first s', 'x first MB'];
  const table: string[][] = [];
  const names = [...REPORT_FORMATS, ...FLOORS];
  const first = new Map<string, Result>();
  for (const n of sizes) {
    const floors = FLOORS.map((f) => spawnChild(f, n));
    for (const name of names) {
      const r = FLOORS.includes(name as (typeof FLOORS)[number]) ? floors[FLOORS.indexOf(name as (typeof FLOORS)[number])]! : spawnChild(name, n);
      if (!first.has(name)) first.set(name, r);
      const f0 = first.get(name)!;
      const goal = n === GOAL_SIZE ? GOALS[name as ReportFormat] : undefined;
      const memGoal = n === GOAL_SIZE ? MEMORY_GOALS[name as ReportFormat] : undefined;
      const ok = (goal === undefined || r.seconds < goal) && (memGoal === undefined || r.peakRssMb < memGoal);
      table.push([
        name, String(n), r.seconds.toFixed(3), r.peakRssMb.toFixed(0), r.baseRssMb.toFixed(0), r.sizeMb.toFixed(2),
        [goal ? `< ${goal} s` : '', memGoal ? `< ${memGoal} MB` : ''].filter(Boolean).join(', ') || (FLOORS.includes(name as (typeof FLOORS)[number]) ? 'floor' : '-'),
        goal || memGoal ? (ok ? 'pass' : 'FAIL') : '-',
        (r.seconds / floors[0]!.seconds).toFixed(1),
        (r.seconds / f0.seconds).toFixed(1),
        (Math.max(1, r.peakRssMb - r.baseRssMb) / Math.max(1, f0.peakRssMb - f0.baseRssMb)).toFixed(1),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 6 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  const failed = table.filter((r) => r[7] === 'FAIL').map((r) => r[0]);
  console.log(failed.length ? `\nFAIL: ${failed.join(', ')} over goal` : '\nAll goals met.');
  if (failed.length) process.exitCode = 1;
}

await main();
