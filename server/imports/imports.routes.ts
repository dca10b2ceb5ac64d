import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { AppError } from '../errors.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/validate.js';
import { wantsJson } from '../http/respond.js';
import { FORUM_TIME_ZONES } from '../shared/time.js';
import type { Services } from '../services.js';
import { IMPORT_FORMATS } from './import.types.js';
import { confirmSchema, previewFieldsSchema, toConfirmInput } from './imports.schemas.js';
import { toImportList, toPreviewView } from './imports.presenter.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 10;

/** Busboy reads file names as latin1; browsers send UTF-8 ("Obrolan—Zoom.txt"). */
const utf8Name = (name: string) => {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
};

/** Files in memory (the readers need the bytes anyway), with limits turned into the import errors. */
const upload: RequestHandler = (req, res, next) => {
  multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES, fields: 10, fieldSize: 4096 } }).array('files', MAX_FILES)(req, res, (err: unknown) => {
    if (!err) return next();
    if (err instanceof multer.MulterError) {
      return next(err.code === 'LIMIT_FILE_SIZE' ? new AppError('import_too_large', `file over ${MAX_FILE_BYTES / 1024 / 1024} MB`, { limit: '20 MB' }) : new AppError('validation_failed', `files: ${err.message}`));
    }
    next(err);
  });
};

/**
 * Importing input gathered elsewhere. Moderators and planners both may: planners bring the
 * forms and archives, moderators the chat of the session they ran; imported input then goes
 * through the moderators' queue like live input.
 */
export function importsRoutes(services: Services): Router {
  const router = Router();
  router.use(['/forums/:id/import', '/forums/:id/imports'], requireRole('moderator', 'planner'));

  router.get('/forums/:id/import', async (req, res) => {
    const forumId = String(req.params.id);
    const { forum, sessions } = await services.imports.sessionsOf(forumId);
    const imports = toImportList(await services.imports.list(forumId), sessions, res.locals.lang, forum.timeZone);
    const doneId = typeof req.query.done === 'string' ? req.query.done : null;
    const undoneId = typeof req.query.undone === 'string' ? req.query.undone : null;
    res.render('import', {
      title: forum.title,
      forum,
      sessions,
      imports,
      done: imports.find((i) => i.id === doneId) ?? null,
      undone: imports.find((i) => i.id === undoneId) ?? null,
      formats: IMPORT_FORMATS.map((f) => ({ id: f, key: `im.format.${f}` })),
      zones: [...new Set([forum.timeZone, ...FORUM_TIME_ZONES])],
      boot: JSON.stringify({ forumId: forum.id }),
    });
  });

  router.post('/forums/:id/import/preview', upload, async (req, res) => {
    const fields = parse(previewFieldsSchema, req.body);
    const files = ((req.files ?? []) as Express.Multer.File[]).map((f) => ({ name: utf8Name(f.originalname), data: f.buffer }));
    if (!files.length) throw new AppError('validation_failed', 'files: choose at least one file');
    const preview = await services.imports.preview(String(req.params.id), files, fields, res.locals.staff!);
    res.json({ preview: toPreviewView(preview, res.locals.lang) });
  });

  router.post('/forums/:id/import/confirm', async (req, res) => {
    const body = parse(confirmSchema, req.body);
    const { import: record, session } = await services.imports.confirm(String(req.params.id), body.previewId, toConfirmInput(body), res.locals.staff!);
    res.status(201).json({
      import: { id: String(record._id), read: record.read, kept: record.kept, skipped: record.skipped, imported: record.imported },
      session: { id: String(session._id), title: session.title },
      next: `/forums/${String(req.params.id)}/import?done=${String(record._id)}`,
      console: `/sessions/${String(session._id)}`,
    });
  });

  router.post('/forums/:id/imports/:importId/undo', async (req, res) => {
    const forumId = String(req.params.id);
    const record = await services.imports.undo(forumId, String(req.params.importId), res.locals.staff!);
    if (wantsJson(req)) return res.json({ import: { id: String(record._id), undone: true } });
    res.redirect(303, `/forums/${forumId}/import?undone=${String(record._id)}`);
  });

  return router;
}
