import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SynthesisInput, SynthesisOptions, SynthesisResult } from '../synthesis/types.js';

/** The ESM entry of tsx's register API, read from its package exports (only needed from sources). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: string | { default: string } }> };
  const entry = pkg.exports['./esm/api']!.import;
  return pathToFileURL(path.join(path.dirname(pkgPath), typeof entry === 'string' ? entry : entry.default)).href;
}

/**
 * Runs one synthesis in a worker thread so the server's event loop stays responsive. From
 * sources (tests, `npm run dev`) the worker is TypeScript loaded through tsx; from dist/ it is JS.
 */
export function runInWorker(
  items: SynthesisInput[],
  options: Omit<SynthesisOptions, 'onProgress'>,
  onProgress: (fraction: number, stage: string) => void = () => {},
): Promise<SynthesisResult> {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./synthesis.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const workerData = { items, options };
  // Node 20 does not apply `--import tsx` to a worker's entry module, so from sources a tiny
  // bootstrap registers tsx inside the worker first, then imports the TypeScript entry.
  const worker = fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
        { eval: true, workerData },
      )
    : new Worker(url, { workerData });
  return new Promise((resolve, reject) => {
    worker.on('message', (m: { type: 'progress'; fraction: number; stage: string } | { type: 'done'; result: SynthesisResult } | { type: 'error'; message: string }) => {
      if (m.type === 'progress') onProgress(m.fraction, m.stage);
      else if (m.type === 'done') resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`synthesis worker exited with code ${code}`));
    });
  });
}
