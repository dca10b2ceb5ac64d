/**
 * Storage of synthesis runs: the only module that reads or writes `syntheses` and
 * `synthesis_items`. A run document keeps what stays small (parameters, status, edits, the
 * result's themes without their members); every list that grows with the number of suggestions
 * is written as chunks (see SynthesisChunk), so runs of any size fit MongoDB's 16 MiB document cap.
 *
 * Runs stored before this split (format 1: `inputs` and the whole `result` in the run document)
 * are read as they are, not migrated: each was below 16 MiB when written, reading them costs
 * nothing extra, and a migration on read would turn a page view into a write racing with edits.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Types } from 'mongoose';
import type { SynthesisResult, Theme } from '../synthesis/types.js';
import type { InputFacts, StoredEdit } from './edits.rules.js';
import { Synthesis, SynthesisChunk } from './synthesis.model.js';

/** The run document as stored (lean). */
export interface RunDoc {
  _id: Types.ObjectId;
  forumId: Types.ObjectId;
  version: number;
  status: 'running' | 'done' | 'failed';
  sessionIds: Types.ObjectId[];
  params: { k: number | 'auto'; seed: number };
  error: string | null;
  format?: number;
  inputCount?: number;
  core?: ResultCore;
  /** format 1 only */
  inputs?: InputFacts[];
  /** format 1 only */
  result?: SynthesisResult | null;
  edits: StoredEdit[];
  createdAt: Date;
  durationMs: number | null;
}

/** What a run was given and what the engine returned, whole again. Shared and cached: read only. */
export interface RunData {
  inputs: InputFacts[];
  result: SynthesisResult;
}

/** The engine's result without its per-suggestion lists; memberCounts: each theme's, then other's. */
type ResultCore = Omit<SynthesisResult, 'items' | 'themes' | 'other' | 'duplicates'> & {
  themes: Omit<Theme, 'members'>[];
  other: Omit<SynthesisResult['other'], 'members'>;
  memberCounts: number[];
};

type ListName = 'items' | 'members' | 'duplicates';
interface StoredItem {
  input: InputFacts;
  result: SynthesisResult['items'][number] | null;
}
interface ChunkDoc {
  runId: Types.ObjectId;
  list: ListName;
  seq: number;
  count: number;
  /** gzip'd JSON array (a Binary when read lean) */
  data: Uint8Array | { buffer: Uint8Array };
}

const FORMAT = 2;
/** A chunk closes at this many values or bytes of JSON, far below 16 MiB for any text length. */
const CHUNK_VALUES = 2000;
const CHUNK_BYTES = 2 * 1024 * 1024;
/** Chunks per insertMany call. */
const INSERT_BATCH = 8;
const compress = promisify(gzip);
const decompress = promisify(gunzip);

/** Splits a list into JSON array texts bounded by count and bytes, in order. */
export function chunkJson(values: readonly unknown[], maxValues = CHUNK_VALUES, maxBytes = CHUNK_BYTES): { count: number; json: string }[] {
  const out: { count: number; json: string }[] = [];
  let parts: string[] = [];
  let bytes = 0;
  const close = () => {
    out.push({ count: parts.length, json: `[${parts.join(',')}]` });
    parts = [];
    bytes = 0;
  };
  for (const value of values) {
    const json = JSON.stringify(value);
    const size = Buffer.byteLength(json) + 1;
    if (parts.length && (parts.length >= maxValues || bytes + size > maxBytes)) close();
    parts.push(json);
    bytes += size;
  }
  if (parts.length) close();
  return out;
}

async function chunkDocs(runId: Types.ObjectId, lists: Record<ListName, unknown[]>): Promise<ChunkDoc[]> {
  const docs: ChunkDoc[] = [];
  for (const list of Object.keys(lists) as ListName[]) {
    for (const [seq, { count, json }] of chunkJson(lists[list]).entries()) docs.push({ runId, list, seq, count, data: await compress(json, { level: 1 }) });
  }
  return docs;
}

async function readChunk(c: ChunkDoc): Promise<unknown[]> {
  const bytes = c.data instanceof Uint8Array ? c.data : c.data.buffer;
  const values = JSON.parse((await decompress(bytes)).toString('utf8')) as unknown[];
  if (values.length !== c.count) throw new Error(`synthesis ${String(c.runId)}: chunk ${c.list}#${c.seq} holds ${values.length} of ${c.count} values`);
  return values;
}

function split(inputs: readonly InputFacts[], result: SynthesisResult): { core: ResultCore; lists: Record<ListName, unknown[]> } {
  const { items, themes, other, duplicates, ...rest } = result;
  const itemById = new Map(items.map((i) => [i.id, i]));
  const core: ResultCore = {
    ...rest,
    themes: themes.map(({ members: _members, ...theme }) => theme),
    other: { size: other.size },
    memberCounts: [...themes.map((t) => t.members.length), other.members.length],
  };
  const stored: StoredItem[] = inputs.map((input) => ({ input, result: itemById.get(input.id) ?? null }));
  return { core, lists: { items: stored, members: [...themes.flatMap((t) => t.members), ...other.members], duplicates } };
}

function join(core: ResultCore, lists: Record<ListName, unknown[]>): RunData {
  const { memberCounts, themes, other, ...rest } = core;
  const items = lists.items as StoredItem[];
  const members = lists.members as string[];
  let offset = 0;
  const take = (n: number) => members.slice(offset, (offset += n));
  return {
    inputs: items.map((i) => i.input),
    result: {
      ...rest,
      themes: themes.map((t, i) => ({ ...t, members: take(memberCounts[i] ?? 0) })),
      other: { ...other, members: take(memberCounts[themes.length] ?? 0) },
      items: items.flatMap((i) => (i.result ? [i.result] : [])),
      duplicates: lists.duplicates as SynthesisResult['duplicates'],
    },
  };
}

/** Stored runs are immutable once done, so the last few read stay in memory for edits and reports. */
const cache = new Map<string, RunData>();
const CACHE_RUNS = 2;
function remember(runId: string, data: RunData): RunData {
  cache.delete(runId);
  cache.set(runId, data);
  while (cache.size > CACHE_RUNS) cache.delete(cache.keys().next().value as string);
  return data;
}

export const synthesisStore = {
  /** The newest run matching the filter (by version), or null. */
  async latest(filter: { forumId: Types.ObjectId; _id?: Types.ObjectId; status?: RunDoc['status'] }): Promise<RunDoc | null> {
    return Synthesis.findOne(filter).sort({ version: -1 }).lean<RunDoc>();
  },

  async find(filter: { _id: Types.ObjectId; forumId?: Types.ObjectId }): Promise<RunDoc | null> {
    return Synthesis.findOne(filter).lean<RunDoc>();
  },

  /** A forum's runs, newest first, without the result (format-1 runs still carry their inputs). */
  async list(filter: { forumId: Types.ObjectId; status?: RunDoc['status'] }): Promise<RunDoc[]> {
    return Synthesis.find(filter).select({ result: 0, core: 0 }).sort({ version: -1 }).lean<RunDoc[]>();
  },

  inputCount(run: RunDoc): number {
    return run.inputCount ?? run.inputs?.length ?? 0;
  },

  /** Creates the run document of a run about to start. */
  async create(run: Omit<RunDoc, '_id' | 'status' | 'error' | 'edits' | 'durationMs' | 'format'> & { createdBy: Types.ObjectId }): Promise<RunDoc> {
    const doc = await Synthesis.create({ ...run, status: 'running', format: FORMAT });
    return doc.toObject<RunDoc>();
  },

  /**
   * Stores a finished run: the chunks first (unordered batches), then the run document turns
   * `done`. A failure removes the chunks written so far and leaves the run for markFailed.
   */
  async saveResult(runId: Types.ObjectId, inputs: readonly InputFacts[], result: SynthesisResult, set: { edits: StoredEdit[]; durationMs: number }): Promise<void> {
    const { core, lists } = split(inputs, result);
    try {
      const docs = await chunkDocs(runId, lists);
      for (let i = 0; i < docs.length; i += INSERT_BATCH) await SynthesisChunk.insertMany(docs.slice(i, i + INSERT_BATCH), { ordered: false, lean: true });
      await Synthesis.updateOne({ _id: runId }, { $set: { status: 'done', core, inputCount: inputs.length, finishedAt: new Date(), ...set } });
    } catch (err) {
      await SynthesisChunk.deleteMany({ runId }).catch(() => undefined);
      throw err;
    }
  },

  async markFailed(runId: Types.ObjectId, error: string): Promise<void> {
    await Synthesis.updateOne({ _id: runId }, { $set: { status: 'failed', error, finishedAt: new Date() } });
  },

  async setEdits(runId: Types.ObjectId, edits: StoredEdit[]): Promise<void> {
    await Synthesis.updateOne({ _id: runId }, { $set: { edits } });
  },

  /**
   * The inputs and whole result of a finished run (either format), or null while it has none.
   * `cached: false` reads the database even when the run is in memory (tests, benchmarks).
   */
  async data(run: RunDoc, { cached = true } = {}): Promise<RunData | null> {
    if (run.format !== FORMAT) return run.result && run.inputs ? { inputs: run.inputs, result: run.result } : null;
    if (run.status !== 'done' || !run.core) return null;
    const key = String(run._id);
    const kept = cached ? cache.get(key) : undefined;
    if (kept) return remember(key, kept);
    // Sorted here, not by the server: a few dozen documents, and no large sort for FerretDB to do.
    const chunks = (await SynthesisChunk.find({ runId: run._id }).lean<ChunkDoc[]>()).sort((a, b) => a.list.localeCompare(b.list) || a.seq - b.seq);
    const lists: Record<ListName, unknown[]> = { items: [], members: [], duplicates: [] };
    const values = await Promise.all(chunks.map(readChunk));
    chunks.forEach((c, i) => lists[c.list].push(...(values[i] ?? [])));
    const expected = run.core.memberCounts.reduce((s, n) => s + n, 0);
    if (lists.items.length !== run.inputCount || lists.members.length !== expected) {
      throw new Error(`synthesis ${key}: stored items incomplete (${lists.items.length} of ${run.inputCount} items, ${lists.members.length} of ${expected} members)`);
    }
    return remember(key, join(run.core, lists));
  },

  /**
   * The newest run matching the filter with its inputs and result attached (result null while it
   * has none): for readers that need the whole run, such as reports.
   */
  async load(filter: { forumId: Types.ObjectId; _id?: Types.ObjectId; status?: RunDoc['status'] }): Promise<(RunDoc & { inputs: InputFacts[]; result: SynthesisResult | null }) | null> {
    const run = await this.latest(filter);
    if (!run) return null;
    const data = await this.data(run);
    return { ...run, inputs: data?.inputs ?? [], result: data?.result ?? null };
  },

  /** Deletes runs and their chunks. Chunks first: stopped halfway, the runs are still there to delete again. */
  async delete(filter: { _id?: Types.ObjectId; forumId?: Types.ObjectId }): Promise<number> {
    const ids = (await Synthesis.find(filter).select({ _id: 1 }).lean<{ _id: Types.ObjectId }[]>()).map((r) => r._id);
    if (!ids.length) return 0;
    await SynthesisChunk.deleteMany({ runId: { $in: ids } });
    ids.forEach((id) => cache.delete(String(id)));
    return (await Synthesis.deleteMany({ _id: { $in: ids } })).deletedCount;
  },
};
