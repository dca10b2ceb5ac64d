import { Worker } from 'node:worker_threads';
import type { SynthesisInput, SynthesisOptions, SynthesisResult } from '../synthesis/types.js';

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
  const worker = new Worker(url, { workerData: { items, options }, execArgv: fromSource ? ['--import', 'tsx'] : [] });
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
