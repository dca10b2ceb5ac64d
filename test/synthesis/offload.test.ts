import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { synthesise } from '../../server/synthesis/index.js';
import { runPackedDuplicatesJob, synthesiseOffloaded } from '../../server/synthesis/offload.js';
import { duplicatesInHelper } from '../../server/themes/synthesis.runner.js';
import { FORUM } from './fixtures/forum.js';

/** Texts of a labelled dataset when present (the bench's), else the forum fixture repeated. */
function manyItems(n: number): Array<{ id: string; text: string; participantId: string; votes: number }> {
  let texts: string[];
  try {
    texts = readFileSync('/work/shared/datasets/lapor_3class_id.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    texts = FORUM.map((f) => f.text);
  }
  return Array.from({ length: n }, (_, i) => ({ id: String(i), text: texts[i % texts.length]!, participantId: `p${i % 50}`, votes: i % 7 }));
}

describe('synthesis: near-duplicates on a helper thread', () => {
  it('gives exactly the result of synthesise (a structured-clone round trip as the helper)', async () => {
    for (const items of [FORUM, manyItems(1500)]) {
      const plain = synthesise(items, { seed: 3 });
      const offloaded = await synthesiseOffloaded(items, { seed: 3 }, (job) => Promise.resolve(runPackedDuplicatesJob(structuredClone(job))), 0);
      expect(offloaded).to.deep.equal(plain);
    }
  });

  it('runs the job on a real worker thread (the synthesis worker entry) with the same result', async function () {
    this.timeout(60000);
    const items = manyItems(800);
    const plain = synthesise(items, { k: 4, seed: 2 });
    const offloaded = await synthesiseOffloaded(items, { k: 4, seed: 2 }, (job) => duplicatesInHelper(job), 0);
    expect(offloaded).to.deep.equal(plain);
    expect(offloaded.duplicates.length).to.be.greaterThan(0);
  });

  it('reports a helper failure as a rejection', async () => {
    const failing = (): Promise<never> => Promise.reject(new Error('helper died'));
    let message = '';
    await synthesiseOffloaded(manyItems(200), { seed: 1 }, failing, 0).catch((err: Error) => (message = err.message));
    expect(message).to.equal('helper died');
  });
});
