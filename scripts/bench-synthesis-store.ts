/**
 * A large synthesis run end to end on a real server (FerretDB in CI and here): seeds a forum with
 * N approved suggestions (50,000 by default), runs the synthesis through the themes service (the
 * worker, then the chunked store), reads the run back cold from the database and as the planner's
 * view, makes one edit, and prints the figures: times, the run document's size, the largest
 * document written, and what the run would weigh as the single document it used to be.
 *
 *   npm run ferretdb -- start          # prints MONGODB_URI=...
 *   MONGODB_URI=mongodb://127.0.0.1:27018/ npm run bench:store [-- --suggestions 50000 --k 20]
 *
 * Uses a database of its own (bench_store_<time>) and drops it afterwards.
 */
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { connectWithRetry, syncIndexes } from '../server/db/connect.js';
import { DomainBus } from '../server/shared/bus.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import { Synthesis, SynthesisChunk } from '../server/themes/synthesis.model.js';
import { synthesisStore, type RunDoc } from '../server/themes/synthesis.store.js';
import { createThemesService } from '../server/themes/themes.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { addSuggestions, seedForum } from '../test/fixtures/large-forum.js';

const MONGODB_LIMIT = 16 * 1024 * 1024;
const { values } = parseArgs({ options: { suggestions: { type: 'string', default: '50000' }, k: { type: 'string', default: '20' } } });
const n = Number(values.suggestions);
const k = values.k === 'auto' ? 'auto' : Number(values.k);
if (!Number.isInteger(n) || n < 1) throw new Error(`--suggestions: a positive whole number, not '${values.suggestions}'`);
if (k !== 'auto' && (!Number.isInteger(k) || k < 1)) throw new Error(`--k: a positive whole number or auto, not '${values.k}'`);
const uri = process.env.MONGODB_URI;
if (!uri) {
  console.error('MONGODB_URI is not set. Start FerretDB with `npm run ferretdb -- start` and pass the MONGODB_URI it prints.');
  process.exit(2);
}

const bson = (doc: object) => mongoose.mongo.BSON.calculateObjectSize(doc);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
async function timed<T>(label: string, rows: [string, string][], fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await fn();
  rows.push([label, `${((performance.now() - start) / 1000).toFixed(2)} s`]);
  return value;
}

async function main(): Promise<void> {
  const dbName = `bench_store_${Date.now()}`;
  await connectWithRetry(uri!, { attempts: 3, log: pino({ level: 'silent' }), dbName });
  await syncIndexes();
  const rows: [string, string][] = [];
  try {
    const forum = await seedForum();
    await timed(`seed ${n} suggestions`, rows, () => addSuggestions(forum, 0, n));
    const themes = createThemesService({ bus: new DomainBus(), audit: createAuditService() });
    const actor = { id: String(forum.staffId), name: 'Bench', email: 'bench@example.org', role: 'planner' as const };

    const view = await timed('run: themes service end to end', rows, () => themes.run(String(forum.forumId), { k }, actor));
    const run = (await Synthesis.findById(view.id).lean<RunDoc>())!;
    rows.push(['  of which the engine (worker)', `${((run.durationMs ?? 0) / 1000).toFixed(2)} s`]);
    await timed('  of which reading the approved suggestions (again)', rows, () => Suggestion.find({ sessionId: forum.sessionId, status: 'approved' }).lean());

    const data = (await timed('read: run data, cold from the database', rows, () => synthesisStore.data(run, { cached: false })))!;
    await timed('read: planner view (themes service get)', rows, () => themes.get(view.id));
    // The same data written again as a scratch run: the store's own write time.
    const scratch = await synthesisStore.create({ forumId: forum.forumId, version: 1000, sessionIds: [forum.sessionId], params: { k, seed: 1 }, inputCount: n, createdBy: forum.staffId, createdAt: new Date() });
    await timed('store: write run data (chunks + run document)', rows, () => synthesisStore.saveResult(scratch._id, data.inputs, data.result, { edits: [], durationMs: 0 }));
    await timed('store: delete a run and its chunks', rows, () => synthesisStore.delete({ _id: scratch._id }));
    const biggest = [...view.edited.themes].sort((a, b) => b.size - a.size)[0]!;
    await timed(`edit: rename the largest theme (${biggest.size} suggestions)`, rows, () => themes.edit(view.id, { type: 'rename', themeId: biggest.id, label: 'Tema terbesar' }, actor));

    const after = (await Synthesis.findById(view.id).lean<RunDoc>())!;
    const chunks = await SynthesisChunk.find({ runId: run._id }).lean();
    const chunkSizes = chunks.map(bson);
    const asOneDocument = bson({ ...after, inputs: data.inputs, result: data.result });
    rows.push(
      ['suggestions / themes (k chosen)', `${data.inputs.length} / ${view.edited.themes.length} (${view.kChosen})`],
      ['run document (after one edit)', `${bson(after)} bytes (${kib(bson(after))})`],
      ['chunk documents', `${chunks.length}, ${mib(chunkSizes.reduce((s, x) => s + x, 0))} in all`],
      ['largest document written', `${Math.max(...chunkSizes)} bytes (${mib(Math.max(...chunkSizes))}; MongoDB's cap is 16 MiB)`],
      ['the same run as one document (old shape)', `${mib(asOneDocument)}${asOneDocument > MONGODB_LIMIT ? ': over the 16 MiB cap' : ''}`],
    );
    console.log(`\nbench:store on ${uri!.replace(/\/\/[^@/]+@/, '//***@')} (database ${dbName})`);
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  } finally {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
