import { Router } from 'express';
import type { Config } from '../config/index.js';
import { requireRole } from '../http/auth.js';
import type { Services } from '../services.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { toPublicSession } from './session.presenter.js';
import { joinUrl, loopbackJoinWarning } from './join-link.js';
import { PARTICIPANT_ROLES } from './defaults.js';

/** Staff pages of one session: the moderator console, the projector view and (from audit/) the audit log. */
export function sessionsRoutes(services: Services, config: Config): Router {
  const router = Router();

  router.get('/sessions/:id', requireRole('moderator'), async (req, res) => {
    const session = await services.sessions.load(String(req.params.id));
    const link = joinUrl(req, config.PUBLIC_URL, session.joinCode);
    const forum = await services.forums.get(String(session.forumId));
    res.render('console', {
      title: session.title,
      session: toPublicSession(session),
      forumId: String(session.forumId),
      roles: PARTICIPANT_ROLES,
      joinUrl: link,
      joinWarning: loopbackJoinWarning(link, config.PUBLIC_URL, config.HOST),
      boot: JSON.stringify({ sessionId: String(session._id), timeZone: forum.timeZone }),
    });
  });

  router.get('/sessions/:id/projector', requireRole('moderator', 'planner'), async (req, res) => {
    const session = await services.sessions.load(String(req.params.id));
    res.render('projector', {
      layout: 'bare',
      title: session.title,
      session: toPublicSession(session),
      joinUrl: joinUrl(req, config.PUBLIC_URL, session.joinCode),
      boot: JSON.stringify({ sessionId: String(session._id) }),
    });
  });

  router.use(auditRoutes(services.audit));

  return router;
}
