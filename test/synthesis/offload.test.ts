import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { synthesise } from '../../server/synthesis/index.js';
import { serveHelper, synthesiseOffloaded, type HelperMessage, type HelperReply, type SynthesisHelper } from '../../server/synthesis/offload.js';
import type { LexicalOptions } from '../../server/synthesis/words.js';
import { MessageChannel } from 'node:worker_threads';
import { HELPER_MIN_ITEMS, WarmSynthesisWorker, runInWorker } from '../../server/themes/synthesis.runner.js';
import { connectSynthesisHelper, startSynthesisHelper } from '../../server/themes/synthesis.helper.js';
import type { SynthesisOptions } from '../../server/synthesis/types.js';
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

/** serveHelper in this thread, every message and reply through a structured-clone round trip. */
function inProcessHelper(lexical: LexicalOptions, log: string[] = []): SynthesisHelper {
  let last: HelperReply | undefined;
  const handle = serveHelper((reply) => (last = structuredClone(reply)));
  handle(structuredClone({ type: 'begin', lexical }));
  const ask = <T>(message: HelperMessage): Promise<T> => {
    handle(structuredClone(message));
    const reply = last!;
    return reply.type === 'error' ? Promise.reject(new Error(reply.message)) : Promise.resolve(reply.result as T);
  };
  return {
    words: (batch) => {
      log.push('words');
      handle(structuredClone({ type: 'words', batch }));
    },
    analysedWords: () => ask({ type: 'analysedWords' }),
    duplicates: (job) => ask({ type: 'duplicates', job }),
    close: () => log.push('closed'),
  };
}

const ALL = { words: 0, duplicates: 0 };

describe('synthesis: word analysis and near-duplicates on a helper thread', () => {
  it('gives exactly the result of synthesise, whichever parts the helper takes', async () => {
    const options = { seed: 3, stopwords: { add: ['ekonomi'] }, lexicons: { acronyms: ['MDR'] } };
    for (const items of [FORUM, manyItems(1500)]) {
      const plain = synthesise(items, options);
      for (const thresholds of [ALL, { words: 0, duplicates: Infinity }, { words: Infinity, duplicates: 0 }]) {
        const log: string[] = [];
        const offloaded = await synthesiseOffloaded(items, options, (lexical) => inProcessHelper(lexical, log), thresholds);
        expect(offloaded).to.deep.equal(plain);
        expect(log.at(-1)).to.equal('closed');
        expect(log.includes('words')).to.equal(thresholds.words === 0);
      }
    }
  });

  it('does without a helper below both thresholds', async () => {
    let started = 0;
    const result = await synthesiseOffloaded(FORUM, { seed: 1 }, (lexical) => (started++, inProcessHelper(lexical)));
    expect(started).to.equal(0);
    expect(result).to.deep.equal(synthesise(FORUM, { seed: 1 }));
  });

  it('runs on a real worker thread (the synthesis worker entry) with the same result', async function () {
    this.timeout(60000);
    const items = manyItems(800);
    const plain = synthesise(items, { k: 4, seed: 2 });
    const offloaded = await synthesiseOffloaded(items, { k: 4, seed: 2 }, (lexical) => startSynthesisHelper(lexical), ALL);
    expect(offloaded).to.deep.equal(plain);
    expect(offloaded.duplicates.length).to.be.greaterThan(0);
  });

  it('reports a helper failure as a rejection and still closes the helper', async () => {
    for (const broken of ['analysedWords', 'duplicates'] as const) {
      const log: string[] = [];
      const failing = (lexical: LexicalOptions): SynthesisHelper => ({ ...inProcessHelper(lexical, log), [broken]: () => Promise.reject(new Error('helper died')) });
      let message = '';
      await synthesiseOffloaded(manyItems(200), { seed: 1 }, failing, ALL).catch((err: Error) => (message = err.message));
      expect(message).to.equal('helper died');
      expect(log.at(-1)).to.equal('closed');
    }
  });

  it("runs as the product runs it (runInWorker: the helper started beside the synthesis worker)", async function () {
    this.timeout(60000);
    const items = manyItems(HELPER_MIN_ITEMS);
    expect(await runInWorker(items, { seed: 5 })).to.deep.equal(synthesise(items, { seed: 5 }));
  });

  it('rejects when the channel to the helper closes', async () => {
    const { port1, port2 } = new MessageChannel();
    const helper = connectSynthesisHelper(port2).start({});
    port1.close();
    let message = '';
    await helper.analysedWords().catch((err: Error) => (message = err.message));
    expect(message).to.match(/closed/);
  });

  it('rejects when the helper thread cannot start', async function () {
    this.timeout(20000);
    const helper = startSynthesisHelper({}, new URL('./no-such-entry.js', import.meta.url));
    let message = '';
    await helper.analysedWords().catch((err: Error) => (message = err.message));
    helper.close();
    expect(message).to.match(/no-such-entry|Cannot find/);
  });
});

describe('synthesis: the warm worker for small runs (live sessions)', () => {
  it('runs one small run after another in one worker, each as synthesise() would', async function () {
    this.timeout(60000);
    const warm = new WarmSynthesisWorker();
    try {
      const items = manyItems(300);
      const stages: string[] = [];
      const first = await warm.run(items, { seed: 2 }, (_f, stage) => stages.push(stage));
      const second = await warm.run(FORUM, { seed: 3, k: 3 }, () => {});
      expect(first).to.deep.equal(synthesise(items, { seed: 2 }));
      expect(second).to.deep.equal(synthesise(FORUM, { seed: 3, k: 3 }));
      expect(stages.at(-1)).to.equal('done');
      expect(warm.starts).to.equal(1);
    } finally {
      warm.stop();
    }
  });

  it('reports a failing run and goes on with the next, in the same worker', async function () {
    this.timeout(60000);
    const warm = new WarmSynthesisWorker();
    try {
      const bad = { seed: 1, lexicons: { subsectors: 5 } } as unknown as SynthesisOptions;
      let message = '';
      await warm.run(FORUM, bad, () => {}).catch((err: Error) => (message = err.message));
      expect(message).to.match(/forEach|not a function|iterable/);
      expect(await warm.run(FORUM, { seed: 1 }, () => {})).to.deep.equal(synthesise(FORUM, { seed: 1 }));
      expect(warm.starts).to.equal(1);
    } finally {
      warm.stop();
    }
  });

  it('ends an idle worker and starts a new one for the next run', async function () {
    this.timeout(60000);
    const warm = new WarmSynthesisWorker(50);
    try {
      await warm.run(FORUM, { seed: 1 }, () => {});
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await warm.run(FORUM, { seed: 1 }, () => {})).to.deep.equal(synthesise(FORUM, { seed: 1 }));
      expect(warm.starts).to.equal(2);
    } finally {
      warm.stop();
    }
  });
});
