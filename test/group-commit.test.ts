import { expect } from 'chai';
import { batcher } from '../server/shared/batcher.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

describe('batcher (group commit)', () => {
  /** A batch function that records its batches and finishes when told to. */
  function recorder() {
    const batches: number[][] = [];
    const finish: (() => void)[] = [];
    const run = batcher<number, string>(async (keys) => {
      batches.push([...keys]);
      await new Promise<void>((r) => finish.push(r));
      return keys.map((k) => (k < 0 ? new Error(`bad ${k}`) : `ok ${k}`));
    });
    return { run, batches, finish };
  }
  const tick = () => new Promise((r) => setTimeout(r, 10));

  it('runs a lone call at once, and gathers every call made while a batch runs into the next one', async () => {
    const { run, batches, finish } = recorder();
    const first = run(1);
    await tick();
    expect(batches).to.deep.equal([[1]]);
    const later = [run(2), run(3), run(4)];
    await tick();
    expect(batches, 'nothing starts while the first batch runs').to.have.length(1);
    finish.shift()!();
    expect(await first).to.equal('ok 1');
    await tick();
    expect(batches).to.deep.equal([[1], [2, 3, 4]]);
    finish.shift()!();
    expect(await Promise.all(later)).to.deep.equal(['ok 2', 'ok 3', 'ok 4']);
  });

  it("gives each caller its own result: one key's error fails only that caller", async () => {
    const { run, finish } = recorder();
    const calls = [run(5), run(-6), run(7)].map((p) => p.then((v) => v, (e: Error) => e.message));
    await tick();
    finish.shift()!();
    expect(await Promise.all(calls)).to.deep.equal(['ok 5', 'bad -6', 'ok 7']);
  });
});

describe('submissions under a burst (group commit to the database)', () => {
  useDatabase('group-commit');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('acknowledges 60 simultaneous submissions from 20 phones only once stored, each exactly once, retries in the same burst included', async () => {
    const live = await liveSession(srv);
    const phones = await Promise.all(Array.from({ length: 20 }, () => live.participant()));
    type Submitted = { suggestion: OwnView; duplicate: boolean };
    const sent = phones.flatMap(({ socket }, i) =>
      [0, 1, 2].map((j) => ({ socket, payload: { clientId: clientId(), text: `Usulan ${i}-${j}: pelatihan ekspor untuk UMKM` } })),
    );
    // Every phone also sends its first suggestion twice in the same burst (a retry racing the original).
    const burst = [...sent, ...sent.filter((_, k) => k % 3 === 0)];
    const acks = await Promise.all(burst.map(({ socket, payload }) => emitWithAck<Submitted>(socket, 'suggestion:submit', payload)));

    const stored = await Suggestion.find({ sessionId: live.session._id }).lean();
    expect(stored).to.have.length(60);
    const byClientId = new Map(stored.map((s) => [s.clientId, String(s._id)]));
    acks.forEach((ack, k) => expect(ack.suggestion.id, `ack ${k}`).to.equal(byClientId.get(burst[k]!.payload.clientId)));
    expect(acks.filter((a) => a.duplicate)).to.have.length(20);
    live.close();
  });
});
