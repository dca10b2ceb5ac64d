import { Types } from 'mongoose';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditService } from '../audit/audit.service.js';
import type { DomainBus } from '../shared/bus.js';
import { objectId } from '../shared/ids.js';
import { dayIn, safeTimeZone } from '../shared/time.js';
import { Forum } from '../forums/forum.model.js';
import type { SessionDoc } from '../sessions/session.model.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { ForumsService } from '../forums/forums.service.js';
import { Suggestion, type SuggestionDoc } from '../suggestions/suggestion.model.js';
import { ImportRecord, type ImportDoc } from './import.model.js';
import type { ColumnMapping, ImportFormat, ImportedMessage, ParseOptions, ParseResult } from './import.types.js';
import { deleteImported, ensureAuthors, insertSuggestions } from './import.writer.js';
import { applyDecisions, concatMessages, type RowDecision } from './imports.rules.js';
import { createPreviewCache, type StoredPreview } from './preview-cache.js';

export type ParseFile = (file: Buffer, options: ParseOptions) => Promise<ParseResult>;

export interface UploadedFile {
  name: string;
  data: Buffer;
}

export interface PreviewOptions {
  format?: ImportFormat | 'auto';
  timeZone?: string;
  date?: string;
  mapping?: ColumnMapping;
}

/** Where the input goes: an existing session of the forum, or a new one with this title. */
export type ImportTarget = { sessionId: string } | { newSessionTitle: string };

export interface ConfirmInput {
  target: ImportTarget;
  decisions: RowDecision[];
  approve: boolean;
}

/** Up to this many imported suggestions reach moderators one by one; a bigger import is one "reload" event. */
export const LIVE_EVENT_LIMIT = 300;

/**
 * Imports input gathered elsewhere (Zoom chat and Q&A, WhatsApp, sheets): preview a file's
 * messages, store the kept ones as suggestions of a session (idempotent), undo a whole import.
 */
export function createImportsService(deps: { bus: DomainBus; audit: AuditService; sessions: SessionsService; forums: ForumsService; parse: ParseFile }) {
  const { bus, audit, sessions, forums, parse } = deps;
  const previews = createPreviewCache();

  async function forumOf(forumId: string) {
    const forum = await Forum.findById(objectId(forumId)).lean();
    if (!forum) throw new AppError('not_found');
    return { id: String(forum._id), _id: forum._id, title: forum.title, timeZone: safeTimeZone(forum.timeZone) };
  }

  /** Reads every file with the same options; the messages of all files in one list. */
  async function read(files: UploadedFile[], options: PreviewOptions, timeZone: string) {
    if (!files.length) throw new AppError('import_empty');
    const results: ParseResult[] = [];
    for (const f of files) results.push(await parse(f.data, { fileName: f.name, format: options.format ?? 'auto', timeZone, date: options.date, mapping: options.mapping }));
    const sources = results.flatMap((r) => r.messages.map(() => r.format));
    const first = results[0]!;
    return { messages: concatMessages(results.map((r) => r.messages)), sources, first };
  }

  /** Announces stored or removed suggestions: one by one when few, else one coalesced event. */
  async function announce(sessionId: Types.ObjectId, importId: Types.ObjectId, count: number, opts: { removed: boolean; approved: boolean }) {
    if (!count) return;
    if (opts.removed || count > LIVE_EVENT_LIMIT) {
      bus.emit('suggestions.bulk', { sessionId: String(sessionId), count, approved: opts.approved });
      return;
    }
    const docs = await Suggestion.find({ importId }).sort({ createdAt: 1 }).lean<SuggestionDoc[]>();
    for (const suggestion of docs) bus.emit('suggestion.changed', { suggestion, from: null });
  }

  async function targetSession(forumId: string, target: ImportTarget, actor: StaffIdentity): Promise<SessionDoc> {
    if ('newSessionTitle' in target) return sessions.create(forumId, { title: target.newSessionTitle, prompts: [] }, actor);
    const session = await sessions.load(target.sessionId);
    if (String(session.forumId) !== forumId) throw new AppError('not_found');
    return session;
  }

  /** Stores kept messages into a session: participants, suggestions, the import record, one audit entry. */
  async function store(
    forum: { id: string; _id: Types.ObjectId },
    input: { fileNames: string[]; format: ImportFormat; messages: ImportedMessage[]; sources: ImportFormat[]; read: number; approve: boolean; target: ImportTarget },
    actor: StaffIdentity,
  ) {
    const session = await targetSession(forum.id, input.target, actor);
    const at = new Date();
    const importId = new Types.ObjectId();
    const status = input.approve ? 'approved' : 'pending';
    const authors = await ensureAuthors(session._id, importId, input.messages, at);
    let imported = 0;
    for (const format of new Set(input.sources)) {
      const ofFormat = input.messages.filter((m) => input.sources[m.index] === format);
      imported += await insertSuggestions(ofFormat, {
        sessionId: session._id, importId, source: format, status, categories: session.settings.categories, authors: authors.ids, at,
      });
    }
    const counts = { read: input.read, kept: input.messages.length, skipped: input.read - input.messages.length, imported };
    const record = await ImportRecord.create({
      _id: importId, forumId: forum._id, sessionId: session._id, createdBy: objectId(actor.id), createdByName: actor.name,
      fileNames: input.fileNames, format: input.format, status, createdAt: at, ...counts,
    });
    await audit.record(actor, [{ sessionId: session._id, action: 'import.create', targetId: importId, after: { fileNames: input.fileNames, format: input.format, ...counts } }], at);
    if (authors.created) bus.emit('participants.changed', { sessionId: String(session._id), delta: authors.created });
    await announce(session._id, importId, imported, { removed: false, approved: status === 'approved' });
    return { import: record.toObject() as ImportDoc, session };
  }

  return {
    /** Reads the files and keeps what was read for `confirm`; the planner sees every row. */
    async preview(forumId: string, files: UploadedFile[], options: PreviewOptions, actor: StaffIdentity): Promise<StoredPreview> {
      const forum = await forumOf(forumId);
      const timeZone = safeTimeZone(options.timeZone ?? forum.timeZone);
      const { messages, sources, first } = await read(files, options, timeZone);
      return previews.put({
        // Times are shown in the forum's zone, whatever zone the file was written in.
        forumId: forum.id, staffId: actor.id, fileNames: files.map((f) => f.name), format: first.format, sources, timeZone: forum.timeZone, messages,
        columns: first.columns, mapping: first.mapping, encoding: first.encoding,
      });
    },

    async confirm(forumId: string, previewId: string, input: ConfirmInput, actor: StaffIdentity) {
      const forum = await forumOf(forumId);
      const preview = previews.get(previewId, actor.id, forum.id);
      if (!preview) throw new AppError('import_preview_expired');
      const kept = applyDecisions(preview.messages, input.decisions);
      if (!kept.length) throw new AppError('validation_failed', 'rows: no row is kept');
      previews.delete(previewId); // a double submit finds nothing rather than importing twice
      try {
        return await store(forum, { ...preview, messages: kept, read: preview.messages.length, approve: input.approve, target: input.target }, actor);
      } catch (err) {
        previews.restore(preview); // nothing is lost: the same preview can be confirmed again
        throw err;
      }
    },

    /** The command line: read and store in one step, with the reader's own keep/skip. */
    async importFiles(forumId: string, files: UploadedFile[], options: PreviewOptions & { target: ImportTarget; approve: boolean }, actor: StaffIdentity) {
      const forum = await forumOf(forumId);
      const timeZone = safeTimeZone(options.timeZone ?? forum.timeZone);
      // A Zoom chat carries only times: the day is --date, else the day the target session was held.
      let date = options.date;
      if (!date && 'sessionId' in options.target) {
        const session = await sessions.load(options.target.sessionId);
        date = dayIn(session.openedAt ?? session.createdAt, timeZone) ?? undefined;
      }
      const { messages, sources, first } = await read(files, { ...options, date }, timeZone);
      const kept = applyDecisions(messages, []);
      return store(forum, { fileNames: files.map((f) => f.name), format: first.format, messages: kept, sources, read: messages.length, approve: options.approve, target: options.target }, actor);
    },

    /** Removes everything one import added, in one step; the record stays, marked undone. */
    async undo(forumId: string, importId: string, actor: StaffIdentity): Promise<ImportDoc> {
      const id = objectId(importId);
      const record = await ImportRecord.findOneAndUpdate(
        { _id: id, forumId: objectId(forumId), undoneAt: null },
        { $set: { undoneAt: new Date(), undoneBy: objectId(actor.id) } },
        { returnDocument: 'after' },
      ).lean<ImportDoc>();
      if (!record) {
        if (await ImportRecord.exists({ _id: id, forumId: objectId(forumId) })) throw new AppError('conflict', 'import: already undone');
        throw new AppError('not_found');
      }
      const removed = await deleteImported(id, record.sessionId);
      await audit.record(actor, [{ sessionId: record.sessionId, action: 'import.undo', targetId: id, before: { fileNames: record.fileNames }, after: removed }]);
      if (removed.participants) bus.emit('participants.changed', { sessionId: String(record.sessionId), delta: -removed.participants });
      await announce(record.sessionId, id, removed.suggestions, { removed: true, approved: record.status === 'approved' });
      return record;
    },

    /** The forum's imports, newest first. */
    async list(forumId: string): Promise<ImportDoc[]> {
      return ImportRecord.find({ forumId: objectId(forumId) }).sort({ createdAt: -1 }).limit(100).lean<ImportDoc[]>();
    },

    async sessionsOf(forumId: string) {
      const forum = await forumOf(forumId);
      return { forum, sessions: (await forums.get(forum.id)).sessions };
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
