import mongoose, { Types } from 'mongoose';
import { isDuplicateKey } from '../shared/ids.js';
import { Participant } from '../participants/participant.model.js';
import { Suggestion, type SuggestionSource } from '../suggestions/suggestion.model.js';
import { Vote } from '../suggestions/vote.model.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';
import type { ImportedMessage } from './import.types.js';
import { asRole, authorTokenHash, importKey } from './imports.rules.js';

/** Rows per insertMany: big enough to amortise round trips, small enough for FerretDB's batch limits. */
export const BATCH = 1000;

const cut = (s: string | null, n: number) => (s ? [...s].slice(0, n).join('').trim() || null : null);

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Batches in flight at once, so the database works on one while the next travels. Measured on
 * FerretDB (50,000 rows, one noisy shared machine): 1 -> 3,700/s, 2 -> 4,750/s, 4 -> 5,000/s;
 * 2 takes most of the gain without crowding a database others are using.
 */
const IN_FLIGHT = 2;

/** Inserts one batch, ignoring documents that already exist (duplicate key); returns how many were new. */
async function insertBatch(collection: 'suggestions' | 'participants', batch: object[]): Promise<number> {
  const model = collection === 'suggestions' ? Suggestion : Participant;
  try {
    return (await model.collection.insertMany(batch, { ordered: false })).insertedCount;
  } catch (err) {
    // Unordered: every other document of the batch was written; a duplicate key is "already imported".
    if (!(err instanceof mongoose.mongo.MongoBulkWriteError)) throw err;
    const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    if (!errors.every((e) => isDuplicateKey(e))) throw err;
    return err.result.insertedCount;
  }
}

async function insertNew(collection: 'suggestions' | 'participants', docs: object[]): Promise<number> {
  const batches = chunks(docs, BATCH);
  let inserted = 0;
  for (let i = 0; i < batches.length; i += IN_FLIGHT) {
    const counts = await Promise.all(batches.slice(i, i + IN_FLIGHT).map((b) => insertBatch(collection, b)));
    inserted += counts.reduce((a, b) => a + b, 0);
  }
  return inserted;
}

/**
 * Finds or creates one participant per author of the session (names as written in the file);
 * returns participant ids by author token hash and how many participants this import created.
 */
export async function ensureAuthors(sessionId: Types.ObjectId, importId: Types.ObjectId, messages: readonly ImportedMessage[], at: Date) {
  const sid = String(sessionId);
  const firstByHash = new Map<string, ImportedMessage>();
  for (const m of messages) {
    const hash = authorTokenHash(sid, m.author);
    if (!firstByHash.has(hash)) firstByHash.set(hash, m);
  }
  const ids = new Map<string, Types.ObjectId>();
  // Every author an import made in this session, in one indexed read (a large `$in` of hashes is
  // slow on FerretDB, and a sheet may have thousands of names).
  const lookup = async () => {
    const found = await Participant.find({ sessionId, createdByImport: { $ne: null } }, { tokenHash: 1 }).lean();
    for (const p of found) if (firstByHash.has(p.tokenHash)) ids.set(p.tokenHash, p._id);
  };
  await lookup();
  const missing = [...firstByHash].filter(([hash]) => !ids.has(hash));
  const created = await insertNew(
    'participants',
    missing.map(([tokenHash, m]) => ({
      _id: new Types.ObjectId(),
      sessionId,
      tokenHash,
      displayName: cut(m.author, 80) ?? 'Impor (tanpa nama)',
      role: asRole(m.role),
      organisation: cut(m.organisation, 120),
      // The planner decides, on the import page, that these names may be shown (stated there).
      consentAt: at,
      createdAt: at,
      lastSeenAt: at,
      createdByImport: importId,
    })),
  );
  if (missing.length) await lookup(); // also finds any a concurrent import made
  return { ids, created };
}

export interface SuggestionRows {
  sessionId: Types.ObjectId;
  importId: Types.ObjectId;
  source: SuggestionSource;
  status: SuggestionStatus;
  categories: readonly string[];
  authors: Map<string, Types.ObjectId>;
  at: Date;
}

/** Stores the kept messages as suggestions; those already imported (same key) are left as they are. */
export async function insertSuggestions(messages: readonly ImportedMessage[], rows: SuggestionRows): Promise<number> {
  const sid = String(rows.sessionId);
  const category = new Map(rows.categories.map((c) => [c.toLocaleLowerCase('id'), c]));
  const docs = messages.map((m) => {
    const participantId = rows.authors.get(authorTokenHash(sid, m.author));
    if (!participantId) throw new Error(`no participant for row ${m.index}`);
    const createdAt = m.at ?? rows.at;
    return {
      sessionId: rows.sessionId,
      promptId: null,
      participantId,
      clientId: importKey(sid, m.author, m.at, m.text),
      text: m.text,
      originalText: null,
      status: rows.status,
      statusBeforeMerge: null,
      mergedInto: null,
      rejectReason: null,
      category: (m.subsector && category.get(m.subsector.trim().toLocaleLowerCase('id'))) ?? null,
      role: asRole(m.role),
      authorName: cut(m.author, 80),
      organisation: cut(m.organisation, 120),
      pinned: false,
      highlighted: false,
      votes: 0,
      version: 0,
      createdAt,
      updatedAt: rows.at,
      source: rows.source,
      importId: rows.importId,
    };
  });
  // Keys already in the session are dropped first: a re-import then costs one read, not 50,000
  // refused writes. The unique index still decides when two imports race.
  const existing = await Suggestion.find({ sessionId: rows.sessionId, importId: { $ne: null } }, { _id: 0, clientId: 1 }).lean();
  const seen = new Set(existing.map((e) => e.clientId));
  return insertNew('suggestions', docs.filter((d) => !seen.has(d.clientId) && seen.add(d.clientId)));
}

/**
 * Removes an import's suggestions with their votes (a live duplicate merged into one goes back to
 * its status before the merge), then the participants the import created that have nothing left.
 * Votes and merges are looked up from the session's side (few), never by 50,000 ids: FerretDB
 * answers a large `$in` slowly.
 */
export async function deleteImported(importId: Types.ObjectId, sessionId: Types.ObjectId): Promise<{ suggestions: number; participants: number }> {
  const importedOf = async (ids: Types.ObjectId[]) => {
    const found = new Set<string>();
    for (const part of chunks(ids, BATCH)) {
      for (const s of await Suggestion.find({ _id: { $in: part }, importId }, { _id: 1 }).lean()) found.add(String(s._id));
    }
    return found;
  };
  const votes = await Vote.find({ sessionId }, { suggestionId: 1 }).lean();
  const votedImported = await importedOf([...new Map(votes.map((v) => [String(v.suggestionId), v.suggestionId])).values()]);
  if (votedImported.size) await Vote.deleteMany({ sessionId, suggestionId: { $in: [...votedImported].map((id) => new Types.ObjectId(id)) } });
  const merged = await Suggestion.find({ sessionId, status: 'merged', importId: { $ne: importId } }, { mergedInto: 1, statusBeforeMerge: 1 }).lean();
  const intoImported = await importedOf(merged.flatMap((m) => (m.mergedInto ? [m.mergedInto] : [])));
  for (const m of merged.filter((x) => intoImported.has(String(x.mergedInto)))) {
    await Suggestion.updateOne(
      { _id: m._id },
      { $set: { status: m.statusBeforeMerge ?? 'pending', mergedInto: null, statusBeforeMerge: null, updatedAt: new Date() }, $inc: { version: 1 } },
    );
  }
  const removed = await Suggestion.deleteMany({ importId });
  const created = await Participant.find({ createdByImport: importId }, { _id: 1 }).lean();
  const stillUsed = new Set<string>();
  for (const part of chunks(created.map((p) => p._id), BATCH)) {
    const used = await Suggestion.distinct('participantId', { sessionId, participantId: { $in: part } });
    for (const id of used) stillUsed.add(String(id));
  }
  const orphans = created.filter((p) => !stillUsed.has(String(p._id))).map((p) => p._id);
  let participants = 0;
  for (const part of chunks(orphans, BATCH)) participants += (await Participant.deleteMany({ _id: { $in: part } })).deletedCount;
  return { suggestions: removed.deletedCount, participants };
}
