import { Router } from 'express';
import { requireRole } from '../http/auth.js';
import type { ForumsService } from '../forums/forums.service.js';

/** The planners' themes page of a forum (the work happens over Socket.IO: themes:*). */
export function themesRoutes(forums: ForumsService): Router {
  const router = Router();
  router.get('/forums/:id/themes', requireRole('planner'), async (req, res) => {
    const forum = await forums.get(String(req.params.id));
    res.render('themes', { title: forum.title, forum, boot: JSON.stringify({ forumId: forum.id }) });
  });
  return router;
}
