/**
 * npm run bench:import: a generated 50,000-line WhatsApp export, previewed (read + keep/skip;
 * goal < 5 s) and imported into the database through the import service (goal >= 2,000
 * suggestions/s on FerretDB), next to the driver floor measured in the same run: a plain
 * insertMany of 50,000 similar documents. MONGODB_URI (default FerretDB on 127.0.0.1:27018);
 * uses and drops its own database.
 */
import { performance } from 'node:perf_hooks';
import mongoose, { Types } from 'mongoose';
import { pino } from 'pino';
import { loadConfig } from '../server/config/index.js';
import { connectWithRetry, syncIndexes } from '../server/db/connect.js';
import { createServices } from '../server/services.js';
import { Forum } from '../server/forums/forum.model.js';

const LINES = Number(process.env.BENCH_LINES ?? 50_000);
const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27018/';

const NAMES = ['Budi Santoso', 'Dr. Sri Wahyuni (UB)', 'Andi 🎨', 'Mas Yoga', 'Ibu Ratna, S.E.', 'Komunitas Kriya Malang', '+62 812-3456-7890', 'Dewi', 'Pak Harjo', 'Nadia (Bappeda)'];
const IDEAS = [
  'perlu co-working space untuk komunitas kreatif di tiap kecamatan',
  'pelatihan desain produk & pemasaran digital buat perajin batik',
  'insentif pajak bagi startup lokal yang rekrut lulusan SMK',
  'festival film pendek tahunan, venue-nya pakai gedung kesenian',
  'akses pembiayaan KUR khusus pelaku ekraf, prosesnya dipermudah',
  'database HKI gratis utk UMKM kuliner, pendampingan pendaftaran merek',
];
const CHATTER = ['Selamat malam semua 🙏', 'terima kasih pak', '+1', 'link zoomnya?', '<Media tidak disertakan>', '👍👍'];

/** Android/Indonesian export lines across several days; about one line in ten is chatter. */
function generateExport(lines: number): Buffer {
  const out: string[] = [];
  const start = Date.UTC(2026, 10, 20, 12, 0); // 19.00 WIB
  for (let i = 0; i < lines; i++) {
    const t = new Date(start + i * 20_000 + 7 * 3600_000);
    const stamp = `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/26 ${String(t.getUTCHours()).padStart(2, '0')}.${String(t.getUTCMinutes()).padStart(2, '0')}`;
    const text = i % 10 === 9 ? CHATTER[i % CHATTER.length] : `Usulan ${i}: ${IDEAS[i % IDEAS.length]}`;
    out.push(`${stamp} - ${NAMES[i % NAMES.length]}: ${text}`);
  }
  return Buffer.from(out.join('\n'), 'utf8');
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main() {
  const log = pino({ level: 'warn' });
  await connectWithRetry(uri, { attempts: 3, log, dbName: 'rembuk_bench_import' });
  await mongoose.connection.dropDatabase();
  await syncIndexes();
  const services = createServices(loadConfig());
  const actor = { id: String(new Types.ObjectId()), name: 'Bench', email: 'bench@contoh.id', role: 'admin' as const };
  const forum = await Forum.create({ title: 'Bench import', createdBy: actor.id });
  const session = await services.sessions.create(String(forum._id), { title: 'WhatsApp', prompts: [] }, actor);

  const file = generateExport(LINES);
  let t0 = performance.now();
  const preview = await services.imports.preview(String(forum._id), [{ name: 'WhatsApp Chat dengan Forum Ekraf.txt', data: file }], {}, actor);
  const previewMs = performance.now() - t0;
  const kept = preview.messages.filter((m) => m.keep).length;
  console.log(`preview: ${preview.messages.length} messages from ${LINES} lines (${(file.length / 1e6).toFixed(1)} MB) in ${seconds(previewMs)} s; ${kept} kept (goal < 5 s)`);

  // Every row is imported (the planner restores the skipped ones), so the write covers all of them.
  const decisions = preview.messages.map((m) => ({ index: m.index, keep: true }));
  t0 = performance.now();
  const { import: record } = await services.imports.confirm(String(forum._id), preview.id, { target: { sessionId: String(session._id) }, decisions, approve: false }, actor);
  const importMs = performance.now() - t0;
  const rate = record.imported / (importMs / 1000);
  console.log(`import: ${record.imported} suggestions in ${seconds(importMs)} s = ${Math.round(rate)} suggestions/s (goal >= 2000)`);

  t0 = performance.now();
  const again = await services.imports.confirm(
    String(forum._id),
    (await services.imports.preview(String(forum._id), [{ name: 'again.txt', data: file }], {}, actor)).id,
    { target: { sessionId: String(session._id) }, decisions, approve: false },
    actor,
  );
  console.log(`re-import of the same file (preview + confirm): ${again.import.imported} added in ${seconds(performance.now() - t0)} s`);

  t0 = performance.now();
  await services.imports.undo(String(forum._id), String(record._id), actor);
  console.log(`undo: ${record.imported} suggestions removed in ${seconds(performance.now() - t0)} s`);

  const floor = mongoose.connection.collection('bench_floor');
  const docs = Array.from({ length: record.imported }, (_, i) => ({
    sessionId: session._id, participantId: new Types.ObjectId(), clientId: `floor-${i}`, text: `Usulan ${i}: ${IDEAS[i % IDEAS.length]}`,
    status: 'pending', votes: 0, version: 0, createdAt: new Date(), updatedAt: new Date(), source: 'whatsapp',
  }));
  t0 = performance.now();
  await floor.insertMany(docs, { ordered: false }); // one call: the driver splits it as it likes
  const floorMs = performance.now() - t0;
  console.log(`driver floor: one insertMany of ${docs.length} similar documents (no secondary indexes) in ${seconds(floorMs)} s = ${Math.round(docs.length / (floorMs / 1000))} docs/s`);
  console.log(JSON.stringify({ previewSeconds: +seconds(previewMs), imported: record.imported, suggestionsPerSecond: Math.round(rate), floorPerSecond: Math.round(docs.length / (floorMs / 1000)) }));
  await mongoose.connection.dropDatabase();
  await mongoose.disconnect();
}

main().catch(async (err: unknown) => {
  console.error(err);
  await mongoose.disconnect();
  process.exit(1);
});
