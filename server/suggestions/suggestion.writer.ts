import { batcher } from '../shared/batcher.js';
import { isDuplicateKey } from '../shared/ids.js';
import { Suggestion, type SuggestionDoc } from './suggestion.model.js';

export type WriteOutcome = 'stored' | 'duplicate';

async function insertOne(doc: SuggestionDoc): Promise<WriteOutcome | Error> {
  try {
    await Suggestion.collection.insertOne(doc);
    return 'stored';
  } catch (err) {
    if (isDuplicateKey(err)) return 'duplicate';
    return err instanceof Error ? err : new Error(String(err));
  }
}

/**
 * Stores new suggestions by group commit: those submitted while a write is in flight go to the
 * database together in one unordered insertMany, and each caller hears about its own document
 * only after the write returned (an ack still means stored). When the batch fails in part (a
 * retry refused by the (participant, clientId) unique index, usually), the documents that went in
 * are read back by id, as engines report partial failures differently, and the rest are tried one
 * by one: a duplicate key is a retry ('duplicate'), any other failure that document's error.
 * docs/realtime.md has the measurements behind it.
 */
export function createSuggestionWriter(): (doc: SuggestionDoc) => Promise<WriteOutcome> {
  return batcher<SuggestionDoc, WriteOutcome>(async (docs) => {
    try {
      await Suggestion.collection.insertMany([...docs], { ordered: false });
      return docs.map(() => 'stored' as const);
    } catch {
      const stored = await Suggestion.find({ _id: { $in: docs.map((d) => d._id) } }, { _id: 1 }).lean();
      const ids = new Set(stored.map((d) => String(d._id)));
      return Promise.all(docs.map((d) => (ids.has(String(d._id)) ? ('stored' as const) : insertOne(d))));
    }
  });
}
