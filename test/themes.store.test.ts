import { expect } from 'chai';
import mongoose, { Types } from 'mongoose';
import type { StaffIdentity } from '../server/auth/auth.rules.js';
import { DomainBus } from '../server/shared/bus.js';
import { Synthesis, SynthesisChunk } from '../server/themes/synthesis.model.js';
import { chunkJson, synthesisStore, type RunDoc } from '../server/themes/synthesis.store.js';
import { createThemesService } from '../server/themes/themes.service.js';
import { createReportsService } from '../server/reports/reports.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { createForumsService } from '../server/forums/forums.service.js';
import { reportRequestSchema } from '../server/reports/report.filters.js';
import { useDatabase } from './harness/db.js';
import { addSuggestions, seedForum, type SeededForum } from './fixtures/large-forum.js';

const bsonSize = (doc: object) => mongoose.mongo.BSON.calculateObjectSize(doc);
const N = 6000;

describe('themes: a run is stored in a small run document plus item chunks', () => {
  useDatabase('themes_store');
  const themes = createThemesService({ bus: new DomainBus(), audit: createAuditService() });
  let forum: SeededForum;
  let actor: StaffIdentity;
  let runId: string;

  before(async function () {
    this.timeout(60_000);
    forum = await seedForum();
    actor = { id: String(forum.staffId), name: 'Ani', email: 'ani@example.org', role: 'planner' };
    await addSuggestions(forum, 0, N);
  });

  it('chunks lists by count and by size, in order', () => {
    const values = Array.from({ length: 25 }, (_, i) => ({ i, text: 'x'.repeat(i === 7 ? 3000 : 10) }));
    const chunks = chunkJson(values, 10, 2000);
    expect(chunks.flatMap((c) => JSON.parse(c.json) as unknown[])).to.deep.equal(values);
    expect(chunks.map((c) => (JSON.parse(c.json) as unknown[]).length)).to.deep.equal(chunks.map((c) => c.count));
    expect(chunks.every((c) => c.count <= 10 && (c.count === 1 || c.json.length <= 2000))).to.equal(true);
    expect(chunks.slice(0, 2).map((c) => c.count)).to.deep.equal([7, 1]); // the long text closes the first chunk early and sits alone
    expect(chunkJson([])).to.deep.equal([]);
  });

  it(`runs ${N} suggestions through the themes service; the run document stays small and the view round-trips`, async function () {
    this.timeout(120_000);
    const view = await themes.run(String(forum.forumId), { k: 8 }, actor);
    runId = view.id;
    expect(view.inputs).to.equal(N);

    const run = await Synthesis.findById(runId).lean<RunDoc>();
    expect(run).to.include({ status: 'done', format: 2, inputCount: N });
    expect(run).to.not.have.property('inputs');
    expect(run).to.not.have.property('result');
    expect(bsonSize(run!), 'run document bytes').to.be.below(64 * 1024);
    const chunks = await SynthesisChunk.find({ runId: run!._id }).lean();
    expect(Math.max(...chunks.map(bsonSize)), 'largest chunk bytes').to.be.below(4 * 1024 * 1024);
    expect(chunks.filter((c) => c.list === 'items').reduce((s, c) => s + c.count, 0)).to.equal(N);

    // Read back from the database, not the in-memory copy: the same view.
    const data = await synthesisStore.data(run!, { cached: false });
    expect(data!.inputs).to.have.length(N);
    expect(data!.result.items).to.have.length(N);
    const again = await themes.get(runId);
    expect(again.edited.themes.map((t) => [t.id, t.label, t.members])).to.deep.equal(view.edited.themes.map((t) => [t.id, t.label, t.members]));
    expect(again.edited.other).to.deep.equal(view.edited.other);
    expect(Object.keys(again.texts)).to.have.length(N);
    const inThemes = again.edited.themes.reduce((s, t) => s + t.size, 0) + data!.result.other.members.length;
    expect(inThemes).to.equal(N);
  });

  it('stores what the engine returned exactly, and a report reads the run through the store', async function () {
    this.timeout(60_000);
    const run = (await Synthesis.findById(runId).lean<RunDoc>())!;
    const fresh = (await synthesisStore.data(run, { cached: false }))!;
    const cachedCopy = (await synthesisStore.data(run))!;
    expect(fresh.result).to.deep.equal(cachedCopy.result);
    expect(fresh.inputs).to.deep.equal(cachedCopy.inputs);
    const report = await createReportsService({ audit: createAuditService(), forums: createForumsService() }).preview(String(forum.forumId), reportRequestSchema.parse({}));
    expect(report.summary.suggestions).to.equal(N);
  });

  it('reads a run stored in the old one-document shape as it is', async function () {
    this.timeout(60_000);
    const run = (await Synthesis.findById(runId).lean<RunDoc>())!;
    const { inputs, result } = (await synthesisStore.data(run))!;
    const small = { ...result, themes: result.themes.map((t) => ({ ...t, members: t.members.filter((m) => inputs.slice(0, 300).some((i) => i.id === m)) })) };
    const legacy = await Synthesis.collection.insertOne({
      forumId: forum.forumId,
      version: 99,
      sessionIds: [forum.sessionId],
      params: { k: 8, seed: 1 },
      status: 'done',
      error: null,
      inputs: inputs.slice(0, 300),
      result: { ...small, items: result.items.slice(0, 300), other: { members: [], size: 0 } },
      edits: [],
      createdBy: forum.staffId,
      createdAt: new Date(),
      finishedAt: new Date(),
      durationMs: 1,
    });
    const view = await themes.get(String(legacy.insertedId));
    expect(view.inputs).to.equal(300);
    expect(view.edited.themes.reduce((s, t) => s + t.size, 0)).to.be.within(1, 300);
    expect((await themes.list(String(forum.forumId))).map((s) => [s.version, s.inputs])).to.deep.include([99, 300]);
    await Synthesis.deleteOne({ _id: legacy.insertedId });
  });

  it('deleting a run deletes its chunks', async function () {
    this.timeout(30_000);
    const id = new Types.ObjectId(runId);
    expect(await SynthesisChunk.countDocuments({ runId: id })).to.be.greaterThan(0);
    expect(await synthesisStore.delete({ _id: id })).to.equal(1);
    expect(await SynthesisChunk.countDocuments({ runId: id })).to.equal(0);
    expect(await Synthesis.countDocuments({ _id: id })).to.equal(0);
  });
});
