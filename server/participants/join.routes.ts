import { Router } from 'express';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { isJoinable, normaliseJoinCode } from '../sessions/sessions.rules.js';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';
import { joinUrl, qrSvg } from '../sessions/join-link.js';

/** Participant pages: join by code, the session page, and its QR code. No account needed. */
export function joinRoutes(services: Services, config: Config): Router {
  const router = Router();

  router.get('/j', (req, res) => {
    const code = typeof req.query.code === 'string' ? normaliseJoinCode(req.query.code).slice(0, 20) : '';
    res.redirect(code ? `/j/${encodeURIComponent(code)}` : '/');
  });

  router.get('/j/:code', async (req, res) => {
    const session = await services.sessions.findByCode(String(req.params.code));
    if (!isJoinable(session.status)) throw new AppError('session_not_found');
    res.render('participant', {
      title: session.title,
      session: toPublicSession(session),
      roles: PARTICIPANT_ROLES,
      boot: JSON.stringify({ code: session.joinCode }),
    });
  });

  router.get('/j/:code/qr.svg', async (req, res) => {
    const session = await services.sessions.findByCode(String(req.params.code));
    res.type('image/svg+xml').set('Cache-Control', 'no-cache').send(await qrSvg(joinUrl(req, config.PUBLIC_URL, session.joinCode)));
  });

  return router;
}
