import { Router } from 'express';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Services } from '../services.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { normaliseJoinCode } from '../sessions/sessions.rules.js';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';
import { joinUrl, qrSvg } from '../sessions/join-link.js';

/** Participant pages: join by code, the session page, and its QR code. No account needed. */
export function joinRoutes(services: Services, config: Config): Router {
  const router = Router();

  router.get('/j', (req, res) => {
    const code = typeof req.query.code === 'string' ? normaliseJoinCode(req.query.code).slice(0, 20) : '';
    res.redirect(code ? `/j/${encodeURIComponent(code)}` : '/');
  });

  // Every status has its page: a wrong code the join form again (404) with the code as typed; a
  // draft the waiting room, which the page switches to the form when the moderator opens it; a
  // paused or closed session the participant page in that state (a closed one read-only).
  router.get('/j/:code', async (req, res) => {
    const typed = normaliseJoinCode(String(req.params.code)).slice(0, 20);
    const session = await services.sessions.findByCode(typed).catch((err: unknown) => {
      if (err instanceof AppError && err.id === 'session_not_found') return null;
      throw err;
    });
    if (!session) {
      res.status(404).render('join', { title: t(res.locals.lang, 'join.not_found.title'), notFound: typed });
      return;
    }
    const forum = await services.forums.get(String(session.forumId));
    const results = await services.results.chosen(forum.id);
    res.render('participant', {
      resultsUrl: results ? `/hasil/${forum.id}` : null,
      title: session.title,
      forumTitle: forum.title,
      session: toPublicSession(session),
      waiting: session.status === 'draft',
      closed: session.status === 'closed',
      roles: PARTICIPANT_ROLES,
      boot: JSON.stringify({ code: session.joinCode, forumId: String(session.forumId) }),
    });
  });

  router.get('/j/:code/qr.svg', async (req, res) => {
    const session = await services.sessions.findByCode(String(req.params.code));
    res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(await qrSvg(joinUrl(req, config.PUBLIC_URL, session.joinCode)));
  });

  return router;
}
