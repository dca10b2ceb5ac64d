import { Router, type Request, type Response } from 'express';
import { timeFormatter } from '../shared/time.js';
import { AppError, isAppError } from '../errors.js';
import { errorBody } from '../i18n/index.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/validate.js';
import { wantsJson } from '../http/respond.js';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';
import { REPORT_FORMATS, renderReport } from './render/index.js';
import { reportRequestSchema } from './report.filters.js';
import type { ReportFormat, ReportsService } from './reports.service.js';

/** A report document may carry its own inline styles, and nothing else: no scripts, no requests. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** Planners build, preview, publish and download reports. */
export function reportsRoutes(reports: ReportsService): Router {
  const router = Router();
  router.use(['/forums/:id/reports', '/reports'], requireRole('planner'));

  async function builderPage(req: Request, res: Response, extra: object = {}) {
    const { forum, sessions, categories, syntheses, published } = await reports.builder(String(req.params.id));
    const time = timeFormatter(res.locals.lang, forum.timeZone);
    res.render('report-builder', {
      title: forum.title,
      forum,
      sessions,
      categories,
      roles: PARTICIPANT_ROLES,
      syntheses: syntheses.map((s) => ({ ...s, createdAt: time.human(s.createdAt) })),
      published: published.map((p) => ({ ...p, publishedAt: time.human(new Date(p.publishedAt)) })),
      ...extra,
    });
  }

  const failOnPage = async (req: Request, res: Response, err: unknown) => {
    if (!isAppError(err) || err.id === 'not_found' || wantsJson(req)) throw err;
    res.status(err.status);
    await builderPage(req, res, { error: errorBody(res.locals.lang, err.id, err.detail, err.vars) });
  };

  router.get('/forums/:id/reports', (req, res) => builderPage(req, res));

  // POST so the builder form's CSRF token travels in the body: a GET form would put `_csrf` in
  // the URL (history, logs, Referer). The GET stays for links that carry filters only.
  const preview = (source: 'query' | 'body') => async (req: Request, res: Response) => {
    try {
      const data = await reports.preview(String(req.params.id), parse(reportRequestSchema, req[source]));
      const file = await renderReport('html', data);
      res.set('Content-Security-Policy', REPORT_CSP).type('html').send(file.body);
    } catch (err) {
      await failOnPage(req, res, err);
    }
  };
  router.get('/forums/:id/reports/preview', preview('query'));
  router.post('/forums/:id/reports/preview', preview('body'));

  router.post('/forums/:id/reports', async (req, res) => {
    try {
      const report = await reports.publish(String(req.params.id), parse(reportRequestSchema, req.body), res.locals.staff!);
      if (wantsJson(req)) return res.status(201).json({ report });
      res.redirect(303, `/reports/${report.id}`);
    } catch (err) {
      await failOnPage(req, res, err);
    }
  });

  router.get('/reports/:id', async (req, res) => {
    const report = await reports.get(String(req.params.id));
    res.render('report-published', {
      title: report.data.title,
      report,
      formats: REPORT_FORMATS,
    });
  });

  router.get('/reports/:id/download/:format', async (req, res) => {
    const format = String(req.params.format) as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new AppError('not_found');
    const file = await reports.render(String(req.params.id), format);
    if (format === 'html') res.set('Content-Security-Policy', REPORT_CSP);
    res.set('Content-Disposition', `attachment; filename="${file.filename}"`).type(file.contentType).send(file.body);
  });

  return router;
}
