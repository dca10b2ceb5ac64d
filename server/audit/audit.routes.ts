import { Router } from 'express';
import { z } from 'zod';
import { requireRole } from '../http/auth.js';
import { hasRole } from '../auth/auth.rules.js';
import { parse } from '../http/validate.js';
import type { AuditService } from './audit.service.js';
import { toAuditPage, toAuditRows } from './audit.presenter.js';
import { auditCsv, auditCsvName } from './audit.csv.js';
import { zoneLabel } from '../shared/time.js';

/** An empty select ("all") sends `actor=`: that means no filter, not a bad value. */
const blankIsUnset = (v: unknown) => (v === '' ? undefined : v);

const filterSchema = z.object({
  actor: z.preprocess(blankIsUnset, z.string().regex(/^[0-9a-f]{24}$/i, 'not an id').optional()),
  action: z.preprocess(blankIsUnset, z.string().max(60).regex(/^[a-z]+\.[a-z_]+$/, 'not an action').optional()),
});

// The page shows the newest entries; the export is for keeping, so it takes far more.
const PAGE_LIMIT = 500;
const EXPORT_LIMIT = 50_000;

/** Who may read a session's audit log: the staff who run and use it (admins always pass). */
const mayRead = requireRole('moderator', 'planner');

/** A session's audit log as a page and as CSV: parse -> authorize -> one service call -> present. */
export function auditRoutes(audit: AuditService): Router {
  const router = Router();

  router.get('/sessions/:id/audit', mayRead, async (req, res) => {
    const filter = parse(filterSchema, req.query);
    const data = await audit.sessionLog(String(req.params.id), filter, PAGE_LIMIT);
    const mayRunConsole = hasRole(res.locals.staff!.role, ['moderator']);
    const page = toAuditPage(data, res.locals.lang, mayRunConsole);
    // Switching language keeps the filter (the default link carries only ?lang=).
    if (page.query) res.locals.langSwitchHref = `${req.path}?${page.query}&lang=${res.locals.lang === 'id' ? 'en' : 'id'}`;
    res.render('audit', { title: data.session.title, ...page });
  });

  router.get('/sessions/:id/audit.csv', mayRead, async (req, res) => {
    const filter = parse(filterSchema, req.query);
    const data = await audit.sessionLog(String(req.params.id), filter, EXPORT_LIMIT);
    res.attachment(auditCsvName(data.session.title, new Date().toISOString()));
    res.type('text/csv; charset=utf-8');
    res.send(auditCsv(toAuditRows(data, res.locals.lang), res.locals.lang, zoneLabel(data.timeZone)));
  });

  return router;
}
