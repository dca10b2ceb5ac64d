import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/validate.js';
import { wantsJson } from '../http/respond.js';
import type { Services } from '../services.js';

const chooseSchema = z.object({ reportId: z.union([z.literal(''), z.string().regex(/^[0-9a-f]{24}$/i, 'must be an id')]).optional() });
const isId = (v: string) => /^[0-9a-f]{24}$/i.test(v);
const PUBLIC_FORMATS = ['pdf', 'html'] as const;
/** As for staff downloads (reports.routes.ts): the report's HTML runs nothing and loads nothing. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** The opt-in public results page of a forum (`/hasil/<forum id>`), and the staff choice behind it. */
export function resultsRoutes(services: Services): Router {
  const router = Router();

  router.post('/forums/:id/results', requireRole('planner', 'moderator'), async (req, res) => {
    const { reportId } = parse(chooseSchema, req.body);
    await services.results.choose(String(req.params.id), reportId || null, res.locals.staff!);
    if (wantsJson(req)) return res.json({ ok: true });
    res.redirect(303, `/forums/${String(req.params.id)}`);
  });

  router.get('/hasil/:forumId', async (req, res) => {
    const forumId = String(req.params.forumId);
    if (!isId(forumId)) throw new AppError('not_found');
    const results = await services.results.view(forumId);
    res.render('results', { title: results.forumTitle, results, formats: PUBLIC_FORMATS });
  });

  router.get('/hasil/:forumId/laporan.:format', async (req, res) => {
    const forumId = String(req.params.forumId);
    const format = PUBLIC_FORMATS.find((f) => f === req.params.format);
    if (!isId(forumId) || !format) throw new AppError('not_found');
    const reportId = await services.results.chosen(forumId);
    if (!reportId) throw new AppError('not_found');
    const file = await services.reports.render(reportId, format);
    if (format === 'html') res.set('Content-Security-Policy', REPORT_CSP);
    res.set('Content-Disposition', `attachment; filename="${file.filename}"`).type(file.contentType).send(file.body);
  });

  return router;
}
