import { Router } from 'express';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/validate.js';
import { wantsJson } from '../http/respond.js';
import type { Services } from '../services.js';
import { createForumSchema, createSessionSchema } from './forums.schemas.js';

/** Forums and their sessions (staff). */
export function forumsRoutes(services: Services): Router {
  const router = Router();
  const runners = requireRole('moderator');

  router.get('/forums', requireRole('moderator', 'planner'), async (_req, res) => {
    res.render('forums', { title: 'Forum', forums: await services.forums.list() });
  });

  router.post('/forums', runners, async (req, res) => {
    const forum = await services.forums.create(parse(createForumSchema, req.body), res.locals.staff!);
    if (wantsJson(req)) return res.status(201).json({ forum });
    res.redirect(303, `/forums/${forum.id}`);
  });

  router.get('/forums/:id', requireRole('moderator', 'planner'), async (req, res) => {
    const forum = await services.forums.get(String(req.params.id));
    const [reports, publicReportId] = await Promise.all([services.reports.list(forum.id), services.results.chosen(forum.id)]);
    res.render('forum', { title: forum.title, forum, results: { reports, publicReportId, url: `/hasil/${forum.id}` } });
  });

  router.post('/forums/:id/sessions', runners, async (req, res) => {
    const session = await services.sessions.create(String(req.params.id), parse(createSessionSchema, req.body), res.locals.staff!);
    if (wantsJson(req)) return res.status(201).json({ session: { id: String(session._id), joinCode: session.joinCode } });
    res.redirect(303, `/sessions/${String(session._id)}`);
  });

  return router;
}
